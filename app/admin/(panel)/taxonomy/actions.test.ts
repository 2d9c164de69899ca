import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getCategoryRedirect } from "@/db/queries/redirects";
import { categories, posts, postTags, tags } from "@/db/schema";
import { makeCategory, makePost, makeUser } from "@/db/testing";
import { invalidated, signInAs } from "@/test/viewer-mock";
import { deleteTerm, saveTerm } from "./actions";

beforeEach(async () => {
  invalidated.length = 0;
  signInAs(await makeUser({ role: "editor" }));
});

describe("categories", () => {
  it("creates one, and refuses a second with the same name or slug on those fields", async () => {
    expect(await saveTerm({ kind: "category", name: "Essays", slug: "essays", description: "Long reads" })).toEqual({
      ok: true,
      data: null,
    });
    expect(await saveTerm({ kind: "category", name: "Essays", slug: "other", description: "" })).toMatchObject({
      ok: false,
      reason: "conflict",
      fieldErrors: { name: expect.any(Array) },
    });
    expect(await saveTerm({ kind: "category", name: "Bad", slug: "Bad Slug", description: "" })).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.any(Array) },
    });
  });

  it("renames with a new slug and redirects the old address", async () => {
    const category = await makeCategory({ slug: "old-name", name: "Old name" });
    expect(
      await saveTerm({ kind: "category", id: category.id, name: "New name", slug: "new-name", description: "" }),
    ).toMatchObject({ ok: true });
    expect(await getCategoryRedirect({ slug: "old-name" })).toBe("new-name");
    expect(invalidated).toEqual(
      expect.arrayContaining(["categories", "category:old-name", "category:new-name", "posts", "taxonomy"]),
    );
  });

  it("refuses to delete a category posts use unless they move, then moves them", async () => {
    const doomed = await makeCategory();
    const target = await makeCategory();
    const post = await makePost({ categoryId: doomed.id });
    expect(await deleteTerm({ kind: "category", id: doomed.id })).toMatchObject({
      ok: false,
      reason: "conflict",
      fieldErrors: { moveTo: expect.any(Array) },
    });
    expect(await deleteTerm({ kind: "category", id: doomed.id, moveTo: doomed.id })).toMatchObject({ ok: false });
    expect(await deleteTerm({ kind: "category", id: doomed.id, moveTo: target.id })).toEqual({ ok: true, data: null });
    expect((await getDb().select().from(posts).where(eq(posts.id, post.id)))[0]?.categoryId).toBe(target.id);
    expect(await getDb().select().from(categories).where(eq(categories.id, doomed.id))).toHaveLength(0);
  });
});

describe("tags", () => {
  it("renames, and merges a used tag into another on delete", async () => {
    const [a, b] = await getDb()
      .insert(tags)
      .values([
        { slug: "a", name: "A" },
        { slug: "b", name: "B" },
      ])
      .returning();
    const onlyA = await makePost();
    const both = await makePost();
    await getDb()
      .insert(postTags)
      .values([
        { postId: onlyA.id, tagId: a!.id },
        { postId: both.id, tagId: a!.id },
        { postId: both.id, tagId: b!.id },
      ]);
    expect(await saveTerm({ kind: "tag", id: b!.id, name: "Bee", slug: "bee", description: "" })).toMatchObject({
      ok: true,
    });
    expect(await deleteTerm({ kind: "tag", id: a!.id })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await deleteTerm({ kind: "tag", id: a!.id, moveTo: b!.id })).toEqual({ ok: true, data: null });
    const rows = await getDb().select().from(postTags);
    expect(rows.map((r) => [r.postId, r.tagId]).sort()).toEqual(
      [
        [onlyA.id, b!.id],
        [both.id, b!.id],
      ].sort(),
    );
  });
});
