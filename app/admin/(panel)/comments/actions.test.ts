import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { addComment } from "@/app/(blog)/posts/[slug]/actions";
import { getDb } from "@/db";
import { listCommentThreads } from "@/db/queries/comments";
import { getActiveSignIn, startSignIn } from "@/db/queries/sign-ins";
import { getPublishedPostBySlug } from "@/db/queries/posts";
import { commentBans, comments, moderationLog } from "@/db/schema";
import { makeComment, makePost, makeUser } from "@/db/testing";
import { invalidated, signInAs } from "@/test/viewer-mock";
import { banReader, liftBan, moderateComment } from "./actions";

const commentRow = async (id: string) => (await getDb().select().from(comments).where(eq(comments.id, id)))[0];
const log = async () => getDb().select().from(moderationLog).orderBy(moderationLog.id);

let editor: Awaited<ReturnType<typeof makeUser>>;
beforeEach(async () => {
  invalidated.length = 0;
  editor = await makeUser({ role: "editor" });
  signInAs(editor);
});

describe("moderateComment", () => {
  it("hides a comment: readers see a marker where it was, counts drop, the log says who", async () => {
    const post = await makePost();
    const top = await makeComment(post.id, { body: "Rude words" });
    await makeComment(post.id, { parent: top, body: "A reply" });
    expect(await moderateComment({ commentId: top.id, action: "hide" })).toEqual({ ok: true, data: null });

    const { threads } = await listCommentThreads({ postId: post.id });
    expect(threads[0]).toMatchObject({ id: top.id, status: "hidden", body: null });
    expect(threads[0]?.replies[0]).toMatchObject({ body: "A reply" });
    expect((await getPublishedPostBySlug({ slug: post.slug }))?.commentCount).toBe(1);
    expect(await log()).toMatchObject([
      { actorId: editor.id, action: "comment.hide", commentId: top.id, postId: post.id, userId: top.authorId },
    ]);
    expect(invalidated).toEqual(expect.arrayContaining([`comments:${post.id}`, `post:${post.id}`]));
  });

  it("unhides, approves and deletes, each only from a state it applies to", async () => {
    const post = await makePost();
    const comment = await makeComment(post.id);
    expect(await moderateComment({ commentId: comment.id, action: "unhide" })).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    await moderateComment({ commentId: comment.id, action: "approve" });
    expect((await commentRow(comment.id))?.reviewedAt).toBeInstanceOf(Date);
    await moderateComment({ commentId: comment.id, action: "hide" });
    await moderateComment({ commentId: comment.id, action: "unhide" });
    expect((await commentRow(comment.id))?.status).toBe("published");
    await moderateComment({ commentId: comment.id, action: "delete" });
    expect(await commentRow(comment.id)).toMatchObject({ status: "deleted", body: "(deleted)" });
    expect((await log()).map((e) => e.action)).toEqual([
      "comment.approve",
      "comment.hide",
      "comment.unhide",
      "comment.delete",
    ]);
  });
});

describe("banReader", () => {
  it("stops the reader commenting and tells them why; lifting the ban lets them again", async () => {
    const post = await makePost();
    const reader = await makeUser();
    expect(await banReader({ userId: reader.id, reason: "Repeated spam links" })).toEqual({ ok: true, data: null });

    signInAs(reader);
    const refused = await addComment({ postId: post.id, body: "Buy now" });
    expect(refused).toMatchObject({
      ok: false,
      reason: "forbidden",
      message: expect.stringContaining("Repeated spam links"),
    });
    expect(await getDb().select().from(comments).where(eq(comments.postId, post.id))).toHaveLength(0);

    signInAs(editor);
    expect(await liftBan({ userId: reader.id })).toEqual({ ok: true, data: null });
    signInAs(reader);
    expect(await addComment({ postId: post.id, body: "Sorry" })).toMatchObject({ ok: true });
    expect((await log()).map((e) => e.action)).toEqual(["user.ban", "user.unban"]);
  });

  it("says until when a ban with an end date lasts, and an ended ban no longer applies", async () => {
    const post = await makePost();
    const reader = await makeUser();
    const endsAt = new Date(Date.now() + 3 * 24 * 60 * 60_000);
    await banReader({ userId: reader.id, reason: "Cool off", endsAt: endsAt.toISOString() });
    signInAs(reader);
    expect(await addComment({ postId: post.id, body: "Hi" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/until .* Reason: Cool off/),
    });
    await getDb()
      .update(commentBans)
      .set({ endsAt: new Date(Date.now() - 1000) })
      .where(eq(commentBans.userId, reader.id));
    expect(await addComment({ postId: post.id, body: "Hi" })).toMatchObject({ ok: true });
  });

  it("refuses an end date in the past and a missing reason, on their fields", async () => {
    const reader = await makeUser();
    expect(
      await banReader({ userId: reader.id, reason: "x", endsAt: new Date(Date.now() - 1000).toISOString() }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { endsAt: expect.any(Array) },
    });
    expect(await banReader({ userId: reader.id, reason: " " })).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.any(Array) },
    });
    expect(await getDb().select().from(commentBans)).toHaveLength(0);
  });

  it("ends every session of the reader when asked to, and only then", async () => {
    signInAs(await makeUser({ role: "editor" }));
    const reader = await makeUser();
    const kept = await startSignIn({ userId: reader.id, userAgent: null, lifetimeSeconds: 3600 });
    await banReader({ userId: reader.id, reason: "Spam" });
    expect(await getActiveSignIn({ id: kept, userId: reader.id, idleSeconds: 3600 })).not.toBeNull();
    await banReader({ userId: reader.id, reason: "Spam, again", endSessions: true });
    expect(await getActiveSignIn({ id: kept, userId: reader.id, idleSeconds: 3600 })).toBeNull();
  });

  it("bans readers only, never an editor or admin", async () => {
    const other = await makeUser({ role: "editor" });
    expect(await banReader({ userId: other.id, reason: "Nope" })).toMatchObject({ ok: false, reason: "not-found" });
    expect(await getDb().select().from(commentBans)).toHaveLength(0);
  });
});
