import { describe, expect, it } from "vitest";
import { getDb } from "./index";
import { likes, posts } from "./schema";
import { makeComment, makeImage, makePost, makeUser } from "./testing";

/** Constraints that hold even when application code gets it wrong. */
describe("schema invariants", () => {
  it("allows one like per reader per post", async () => {
    const post = await makePost();
    const reader = await makeUser();
    await getDb().insert(likes).values({ postId: post.id, userId: reader.id });
    await expect(getDb().insert(likes).values({ postId: post.id, userId: reader.id })).rejects.toThrow();
  });

  it("refuses a published post without a publication date", async () => {
    const post = await makePost();
    await expect(
      getDb().insert(posts).values({
        slug: "x-1",
        title: "X",
        status: "published",
        publishedAt: null,
        categoryId: post.categoryId,
        authorId: post.authorId,
      }),
    ).rejects.toThrow();
  });

  it("refuses a badly formed slug and duplicate slugs", async () => {
    const post = await makePost();
    await expect(makePost({ slug: "Not A Slug" })).rejects.toThrow();
    await expect(makePost({ slug: post.slug })).rejects.toThrow();
  });

  it("refuses empty and over-long comments, and a reply without its root", async () => {
    const post = await makePost();
    await expect(makeComment(post.id, { body: "" })).rejects.toThrow();
    await expect(makeComment(post.id, { body: "x".repeat(5001) })).rejects.toThrow();
    const top = await makeComment(post.id);
    await expect(makeComment(post.id, { parentId: top.id, rootId: null, depth: 1 })).rejects.toThrow();
  });

  it("refuses an image whose type is not an allowed raster type", async () => {
    await expect(makeImage({ contentType: "image/svg+xml" })).rejects.toThrow();
  });

  it("treats emails case-insensitively", async () => {
    await makeUser({ email: "Someone@Example.test" });
    await expect(makeUser({ email: "someone@example.TEST" })).rejects.toThrow();
  });
});
