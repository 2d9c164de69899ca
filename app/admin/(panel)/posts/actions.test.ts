import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getPostRedirect } from "@/db/queries/redirects";
import { getPublishedPostBySlug } from "@/db/queries/posts";
import { postRevisions, posts, postTags, tags } from "@/db/schema";
import { makeCategory, makeImage, makePost, makeUser } from "@/db/testing";
import { invalidated, signInAs } from "@/test/viewer-mock";
import { deletePost, previewPost, restoreRevision, savePost } from "./actions";
import type { SavePostInput } from "./schema";

const postRow = async (id: string) => (await getDb().select().from(posts).where(eq(posts.id, id)))[0];
const revisionsOf = async (postId: string) =>
  getDb().select().from(postRevisions).where(eq(postRevisions.postId, postId));

async function draftInput(overrides: Partial<SavePostInput> = {}): Promise<SavePostInput> {
  const category = await makeCategory();
  return {
    title: "Hello, world",
    slug: `hello-${Math.random().toString(36).slice(2, 8)}`,
    excerpt: "A first post.",
    body: "Some **bold** words.",
    categoryId: category.id,
    tags: ["Design", "design", "Type"],
    coverImageId: null,
    commentsMode: "open",
    publication: "keep",
    ...overrides,
  };
}

async function createAs(role: "editor" | "admin", overrides: Partial<SavePostInput> = {}) {
  const editor = await makeUser({ role });
  signInAs(editor);
  const result = await savePost(await draftInput(overrides));
  if (!result.ok) throw new Error(result.message);
  return { editor, ...result.data };
}

beforeEach(() => {
  signInAs(null);
  invalidated.length = 0;
});

describe("savePost", () => {
  it("creates a draft with its tags (created once, case-insensitively) and a first revision", async () => {
    const { id, state, editor } = await createAs("editor");
    expect(state).toBe("draft");
    const row = await postRow(id);
    expect(row).toMatchObject({ status: "draft", publishedAt: null, authorId: editor.id, version: 1 });
    const tagNames = await getDb()
      .select({ name: tags.name })
      .from(postTags)
      .innerJoin(tags, eq(tags.id, postTags.tagId))
      .where(eq(postTags.postId, id));
    expect(tagNames.map((t) => t.name).sort()).toEqual(["Design", "Type"]);
    expect(await revisionsOf(id)).toHaveLength(1);
    expect(await getPublishedPostBySlug({ slug: row!.slug })).toBeNull();
    expect(invalidated).toEqual(expect.arrayContaining([`post:${id}`, `post-slug:${row!.slug}`, "posts"]));
  });

  it("publishes now, and the post is public at once", async () => {
    const { id, slug } = await createAs("editor", { publication: "now" });
    expect((await postRow(id))?.status).toBe("published");
    expect(await getPublishedPostBySlug({ slug })).not.toBeNull();
  });

  it("schedules for a future moment: not public until then", async () => {
    const at = new Date(Date.now() + 60 * 60_000);
    const { id, slug, state } = await createAs("editor", { publication: "schedule", publishAt: at.toISOString() });
    expect(state).toBe("scheduled");
    expect((await postRow(id))?.publishedAt?.getTime()).toBe(at.getTime());
    expect(await getPublishedPostBySlug({ slug })).toBeNull();
  });

  it("refuses a schedule in the past or without a date, on the date field", async () => {
    signInAs(await makeUser({ role: "editor" }));
    const past = await savePost(
      await draftInput({ publication: "schedule", publishAt: new Date(Date.now() - 60_000).toISOString() }),
    );
    expect(past).toMatchObject({ ok: false, fieldErrors: { publishAt: ["Choose a moment in the future."] } });
    const none = await savePost(await draftInput({ publication: "schedule" }));
    expect(none).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { publishAt: expect.any(Array) } });
  });

  it("refuses a slug another post uses, and a malformed one, on the slug field", async () => {
    const existing = await makePost();
    signInAs(await makeUser({ role: "editor" }));
    expect(await savePost(await draftInput({ slug: existing.slug }))).toMatchObject({
      ok: false,
      reason: "conflict",
      fieldErrors: { slug: expect.any(Array) },
    });
    expect(await savePost(await draftInput({ slug: "Not A Slug" }))).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { slug: expect.any(Array) },
    });
    expect(await savePost(await draftInput({ title: "  " }))).toMatchObject({
      ok: false,
      fieldErrors: { title: expect.any(Array) },
    });
  });

  it("refuses a save based on an older version (someone else saved meanwhile)", async () => {
    const { id, version } = await createAs("editor");
    const input = await draftInput();
    expect(await savePost({ ...input, id, version, title: "Mine" })).toMatchObject({ ok: true });
    expect(await savePost({ ...input, id, version, title: "Theirs" })).toMatchObject({ ok: false, reason: "conflict" });
    expect((await postRow(id))?.title).toBe("Mine");
  });

  it("keeps the old address of a published post as a redirect when its slug changes", async () => {
    const { id, slug, version } = await createAs("editor", { publication: "now" });
    const result = await savePost({ ...(await draftInput()), id, version, slug: "a-better-address" });
    expect(result).toMatchObject({ ok: true, data: { slug: "a-better-address" } });
    expect(await getPostRedirect({ slug })).toBe("a-better-address");
    expect(invalidated).toContain(`post-slug:${slug}`);
  });

  it("keeps no redirect for a draft that was never public", async () => {
    const { id, slug, version } = await createAs("editor");
    await savePost({ ...(await draftInput()), id, version, slug: "draft-renamed" });
    expect(await getPostRedirect({ slug })).toBeNull();
  });

  it("unpublishes: the post is a draft again and leaves the public pages", async () => {
    const { id, slug, version } = await createAs("editor", { publication: "now" });
    const input = await draftInput({ slug });
    expect(await savePost({ ...input, id, version, publication: "draft" })).toMatchObject({
      ok: true,
      data: { state: "draft" },
    });
    expect(await postRow(id)).toMatchObject({ status: "draft", publishedAt: null });
    expect(await getPublishedPostBySlug({ slug })).toBeNull();
  });

  it("refuses a cover image that is not in the library", async () => {
    signInAs(await makeUser({ role: "editor" }));
    const image = await makeImage();
    expect(await savePost(await draftInput({ coverImageId: image.id }))).toMatchObject({ ok: true });
    expect(await savePost(await draftInput({ coverImageId: crypto.randomUUID() }))).toMatchObject({
      ok: false,
      fieldErrors: { coverImageId: expect.any(Array) },
    });
  });
});

describe("restoreRevision", () => {
  it("puts an earlier text back, keeping the current one as a revision too", async () => {
    const { id, version } = await createAs("editor", { title: "First title", body: "First body" });
    await savePost({ ...(await draftInput()), id, version, title: "Second title", body: "Second body" });
    const [first] = (await revisionsOf(id)).filter((r) => r.title === "First title");
    expect(await restoreRevision({ postId: id, revisionId: first!.id })).toEqual({ ok: true, data: null });
    expect(await postRow(id)).toMatchObject({ title: "First title", body: "First body", version: 3 });
    expect(await revisionsOf(id)).toHaveLength(3);
  });

  it("refuses a revision of another post", async () => {
    const a = await createAs("editor");
    const b = await createAs("editor");
    const [revision] = await revisionsOf(a.id);
    expect(await restoreRevision({ postId: b.id, revisionId: revision!.id })).toMatchObject({
      ok: false,
      reason: "not-found",
    });
  });
});

describe("deletePost", () => {
  it("deletes the post and refreshes its pages; a second delete says it is gone", async () => {
    const { id, slug } = await createAs("admin", { publication: "now" });
    expect(await deletePost({ id })).toEqual({ ok: true, data: null });
    expect(await postRow(id)).toBeUndefined();
    expect(invalidated).toEqual(expect.arrayContaining([`post:${id}`, `post-slug:${slug}`, "posts"]));
    expect(await deletePost({ id })).toMatchObject({ ok: false, reason: "not-found" });
  });
});

describe("previewPost", () => {
  it("renders the body through the public Markdown pipeline, sanitised", async () => {
    signInAs(await makeUser({ role: "editor" }));
    const result = await previewPost({ body: "# Heading\n\n<script>alert(1)</script>" });
    if (!result.ok) throw new Error(result.message);
    const { toHtml } = await import("hast-util-to-html");
    const html = toHtml(result.data.tree);
    expect(html).toContain("<h2");
    expect(html).not.toContain("<script");
  });
});
