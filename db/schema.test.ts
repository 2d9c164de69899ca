import { describe, expect, it } from "vitest";
import { getDb } from "./index";
import { likes, posts } from "./schema";
import { postgresRefusal } from "./queries/errors";
import { makeComment, makeImage, makePost, makeUser } from "./testing";

/** Expects the write to be refused by exactly the named constraint, not by anything else. */
async function expectRefusedBy(write: PromiseLike<unknown>, constraint: string) {
  const error = await Promise.resolve(write).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `the write was accepted; ${constraint} should refuse it`).not.toBeNull();
  expect(postgresRefusal(error)?.constraint).toBe(constraint);
}

/** Constraints that hold even when application code gets it wrong. */
describe("schema invariants", () => {
  it("allows one like per reader per post", async () => {
    const post = await makePost();
    const reader = await makeUser();
    await getDb().insert(likes).values({ postId: post.id, userId: reader.id });
    await expectRefusedBy(
      getDb().insert(likes).values({ postId: post.id, userId: reader.id }),
      "likes_post_id_user_id_pk",
    );
  });

  it("refuses a published post without a publication date", async () => {
    const post = await makePost();
    await expectRefusedBy(
      getDb().insert(posts).values({
        slug: "x-1",
        title: "X",
        status: "published",
        publishedAt: null,
        categoryId: post.categoryId,
        authorId: post.authorId,
      }),
      "posts_published_has_date",
    );
  });

  it("refuses a badly formed slug and duplicate slugs", async () => {
    const post = await makePost();
    await expectRefusedBy(makePost({ slug: "Not A Slug" }), "posts_slug_format");
    await expectRefusedBy(makePost({ slug: post.slug }), "posts_slug_unique");
  });

  it("refuses empty and over-long comments, and a reply without its root", async () => {
    const post = await makePost();
    await expectRefusedBy(makeComment(post.id, { body: "" }), "comments_body_length");
    await expectRefusedBy(makeComment(post.id, { body: "x".repeat(5001) }), "comments_body_length");
    const top = await makeComment(post.id);
    await expectRefusedBy(makeComment(post.id, { parentId: top.id, rootId: null, depth: 1 }), "comments_thread_shape");
  });

  it("refuses an image whose type is not an allowed raster type", async () => {
    await expectRefusedBy(makeImage({ contentType: "image/svg+xml" }), "images_content_type");
  });

  it("treats emails case-insensitively", async () => {
    await makeUser({ email: "Someone@Example.test" });
    await expectRefusedBy(makeUser({ email: "someone@example.TEST" }), "users_email_lower_idx");
  });
});
