import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../index";
import { commentBans, comments, posts } from "../schema";
import { makeComment, makePost, makeUser } from "../testing";
import { insertComment, COMMENTS_PER_MINUTE, deleteOwnComment, editOwnComment, listCommentThreads } from "./comments";

const bodyOf = async (id: string) =>
  (
    await getDb()
      .select({ body: comments.body, status: comments.status, editedAt: comments.editedAt })
      .from(comments)
      .where(eq(comments.id, id))
  )[0];

describe("insertComment", () => {
  it("adds a comment and replies at any depth, with root and depth worked out", async () => {
    const post = await makePost();
    const reader = await makeUser();
    const top = await insertComment({ postId: post.id, authorId: reader.id, body: "Top" });
    expect(top.ok).toBe(true);
    if (!top.ok) return;
    let parentId = top.id;
    for (let depth = 1; depth <= 6; depth++) {
      const reply = await insertComment({
        postId: post.id,
        authorId: (await makeUser()).id,
        body: `Depth ${depth}`,
        parentId,
      });
      expect(reply.ok).toBe(true);
      if (!reply.ok) return;
      const [row] = await getDb().select().from(comments).where(eq(comments.id, reply.id));
      expect(row).toMatchObject({ depth, rootId: top.id, parentId });
      parentId = reply.id;
    }
  });

  it("refuses a parent on another post, a hidden parent, and posts readers cannot see", async () => {
    const post = await makePost();
    const other = await makePost();
    const reader = await makeUser();
    const foreign = await makeComment(other.id);
    const hidden = await makeComment(post.id, { status: "hidden" });
    expect(await insertComment({ postId: post.id, authorId: reader.id, body: "x", parentId: foreign.id })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await insertComment({ postId: post.id, authorId: reader.id, body: "x", parentId: hidden.id })).toEqual({
      ok: false,
      reason: "not-found",
    });
    const draft = await makePost({ status: "draft" });
    expect(await insertComment({ postId: draft.id, authorId: reader.id, body: "x" })).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("refuses comments where they are locked or off", async () => {
    const reader = await makeUser();
    for (const commentsMode of ["locked", "off"] as const) {
      const post = await makePost();
      await getDb().update(posts).set({ commentsMode }).where(eq(posts.id, post.id));
      expect(await insertComment({ postId: post.id, authorId: reader.id, body: "x" })).toEqual({
        ok: false,
        reason: "closed",
      });
    }
  });

  it(`allows ${COMMENTS_PER_MINUTE} comments a minute per reader`, async () => {
    const post = await makePost();
    const reader = await makeUser();
    for (let i = 0; i < COMMENTS_PER_MINUTE; i++) {
      expect((await insertComment({ postId: post.id, authorId: reader.id, body: `c${i}` })).ok).toBe(true);
    }
    expect(await insertComment({ postId: post.id, authorId: reader.id, body: "one too many" })).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    expect((await insertComment({ postId: post.id, authorId: (await makeUser()).id, body: "someone else" })).ok).toBe(
      true,
    );
  });
});

describe("editOwnComment and deleteOwnComment", () => {
  it("let the author edit (marked edited) and nobody else", async () => {
    const post = await makePost();
    const author = await makeUser();
    const other = await makeUser();
    const comment = await makeComment(post.id, { authorId: author.id, body: "Before" });
    expect(await editOwnComment({ commentId: comment.id, authorId: other.id, body: "Hacked" })).toMatchObject({
      ok: false,
      reason: "not-found",
    });
    expect((await bodyOf(comment.id))?.body).toBe("Before");
    expect(await editOwnComment({ commentId: comment.id, authorId: author.id, body: "After" })).toEqual({
      ok: true,
      postId: post.id,
    });
    const row = await bodyOf(comment.id);
    expect(row?.body).toBe("After");
    expect(row?.editedAt).toBeInstanceOf(Date);
  });

  it("let the author delete, keeping a marker while replies hang under it", async () => {
    const post = await makePost();
    const author = await makeUser();
    const comment = await makeComment(post.id, { authorId: author.id, body: "Mine" });
    await makeComment(post.id, { parent: comment, body: "A reply" });
    expect(await deleteOwnComment({ commentId: comment.id, authorId: (await makeUser()).id })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect((await bodyOf(comment.id))?.status).toBe("published");
    expect(await deleteOwnComment({ commentId: comment.id, authorId: author.id })).toEqual({
      ok: true,
      postId: post.id,
    });
    const { threads } = await listCommentThreads({ postId: post.id });
    expect(threads[0]).toMatchObject({ status: "deleted", body: null, author: null });
    expect(threads[0]!.replies[0]!.body).toBe("A reply");
    expect((await bodyOf(comment.id))?.body).not.toContain("Mine");
  });

  it("refuses an edit by a banned author, in a locked discussion or on a post readers cannot see", async () => {
    const author = await makeUser();
    const post = await makePost();
    const comment = await makeComment(post.id, { authorId: author.id, body: "Before" });
    await getDb().insert(commentBans).values({ userId: author.id, reason: "Spam" });
    expect(await editOwnComment({ commentId: comment.id, authorId: author.id, body: "After" })).toMatchObject({
      ok: false,
      reason: "banned",
      ban: { reason: "Spam" },
    });
    expect((await bodyOf(comment.id))?.body).toBe("Before");
    const writer = await makeUser();
    for (const [values, reason] of [
      [{ commentsMode: "locked" as const }, "closed"],
      [{ status: "draft" as const }, "not-found"],
    ] as const) {
      const elsewhere = await makeComment((await makePost(values)).id, { authorId: writer.id, body: "Before" });
      expect(await editOwnComment({ commentId: elsewhere.id, authorId: writer.id, body: "After" })).toMatchObject({
        ok: false,
        reason,
      });
      expect((await bodyOf(elsewhere.id))?.body).toBe("Before");
    }
  });

  it("puts an edited comment back in the moderators' queue", async () => {
    const author = await makeUser();
    const comment = await makeComment((await makePost()).id, { authorId: author.id, reviewedAt: new Date() });
    expect(await editOwnComment({ commentId: comment.id, authorId: author.id, body: "New words" })).toMatchObject({
      ok: true,
    });
    const [row] = await getDb()
      .select({ reviewedAt: comments.reviewedAt })
      .from(comments)
      .where(eq(comments.id, comment.id));
    expect(row?.reviewedAt).toBeNull();
  });

  it("cannot edit a deleted or hidden comment", async () => {
    const post = await makePost();
    const author = await makeUser();
    const hidden = await makeComment(post.id, { authorId: author.id, status: "hidden" });
    expect(await editOwnComment({ commentId: hidden.id, authorId: author.id, body: "x" })).toMatchObject({ ok: false });
    expect(await deleteOwnComment({ commentId: hidden.id, authorId: author.id })).toEqual({
      ok: false,
      reason: "not-found",
    });
  });
});

describe("listCommentThreads sorting", () => {
  it("orders threads oldest, newest or by replies", async () => {
    const post = await makePost();
    const a = await makeComment(post.id, { minutesAgo: 30, body: "a" });
    const b = await makeComment(post.id, { minutesAgo: 20, body: "b" });
    await makeComment(post.id, { minutesAgo: 10, body: "c" });
    await makeComment(post.id, { parent: b, minutesAgo: 5 });
    await makeComment(post.id, { parent: b, minutesAgo: 4 });
    await makeComment(post.id, { parent: a, minutesAgo: 3 });
    const order = async (sort: "oldest" | "newest" | "replies") =>
      (await listCommentThreads({ postId: post.id, sort })).threads.map((t) => t.body);
    expect(await order("oldest")).toEqual(["a", "b", "c"]);
    expect(await order("newest")).toEqual(["c", "b", "a"]);
    expect(await order("replies")).toEqual(["b", "a", "c"]);
  });

  it("names the comment each reply answers", async () => {
    const post = await makePost();
    const ada = await makeUser({ name: "Ada" });
    const top = await makeComment(post.id, { authorId: ada.id });
    await makeComment(post.id, { parent: top });
    const { threads } = await listCommentThreads({ postId: post.id });
    expect(threads[0]!.replies[0]!.replyTo).toBe("Ada");
  });
});

describe("getCommentThread", () => {
  it("finds the whole thread of any comment in it, with its post", async () => {
    const { getCommentThread } = await import("./comments");
    const post = await makePost({ title: "Threads" });
    const top = await makeComment(post.id, { body: "top" });
    const reply = await makeComment(post.id, { parent: top, body: "reply" });
    const deep = await makeComment(post.id, { parent: reply, body: "deep" });
    const found = await getCommentThread({ commentId: deep.id });
    expect(found?.post).toEqual({ id: post.id, slug: post.slug, title: "Threads" });
    expect(found?.thread.id).toBe(top.id);
    expect(found?.thread.replies[0]!.replies[0]!.body).toBe("deep");
  });

  it("finds nothing for a draft's comments or an unknown id", async () => {
    const { getCommentThread } = await import("./comments");
    const draft = await makePost({ status: "draft" });
    const c = await makeComment(draft.id);
    expect(await getCommentThread({ commentId: c.id })).toBeNull();
    expect(await getCommentThread({ commentId: "00000000-0000-0000-0000-000000000000" })).toBeNull();
  });
});
