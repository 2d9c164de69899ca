import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../index";
import { posts, users } from "../schema";
import { makeCategory, makeUser } from "../testing";
import { storePost } from "./editor-posts";
import { setUserRole } from "./users";

describe("admin writes under concurrency (real Postgres)", () => {
  it("two admins demoting each other at once leave one admin, never none", async () => {
    await getDb().update(users).set({ role: "reader" }).where(eq(users.role, "admin"));
    const a = await makeUser({ role: "admin" });
    const b = await makeUser({ role: "admin" });
    const results = await Promise.all([
      setUserRole({ userId: a.id, role: "reader", actorId: b.id }),
      setUserRole({ userId: b.id, role: "reader", actorId: a.id }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.reason)).sort()).toEqual(["last-admin", "ok"]);
    expect(await getDb().select({ id: users.id }).from(users).where(eq(users.role, "admin"))).toHaveLength(1);
  });

  it("ten editors saving the same version at once: one wins, nine are told it changed", async () => {
    const category = await makeCategory();
    const editor = await makeUser({ role: "editor" });
    const input = {
      title: "T",
      slug: `race-${Date.now()}`,
      excerpt: "",
      body: "",
      categoryId: category.id,
      tags: ["x"],
      coverImageId: null,
      commentsMode: "open" as const,
    };
    const created = await storePost({ input, publication: { kind: "keep" }, editorId: editor.id });
    if (!created.ok) throw new Error(created.reason);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        storePost({
          id: created.id,
          version: created.version,
          input: { ...input, title: `Edit ${i}` },
          publication: { kind: "keep" },
          editorId: editor.id,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "stale")).toHaveLength(9);
    const [row] = await getDb().select({ version: posts.version }).from(posts).where(eq(posts.id, created.id));
    expect(row?.version).toBe(created.version + 1);
  });

  it("two posts racing for one new slug: one gets it, the other is told", async () => {
    const category = await makeCategory();
    const editor = await makeUser({ role: "editor" });
    const input = {
      title: "T",
      slug: `same-${Date.now()}`,
      excerpt: "",
      body: "",
      categoryId: category.id,
      tags: [],
      coverImageId: null,
      commentsMode: "open" as const,
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => storePost({ input, publication: { kind: "keep" }, editorId: editor.id })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "slug-taken")).toHaveLength(4);
  });
});
