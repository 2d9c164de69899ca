import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { commentBans, comments, likes } from "@/db/schema";
import { makeComment, makePost, makeUser } from "@/db/testing";
import { expiredAtOnce, invalidated, signInAs } from "@/test/viewer-mock";
import { addComment, deleteComment, editComment, setLike } from "./actions";
import { HONEYPOT_FIELD } from "@/lib/comment-limits";

const likeRows = async (postId: string) => (await getDb().select().from(likes).where(eq(likes.postId, postId))).length;
const commentRow = async (id: string) => (await getDb().select().from(comments).where(eq(comments.id, id)))[0];
const commentsOn = async (postId: string) => getDb().select().from(comments).where(eq(comments.postId, postId));

beforeEach(() => {
  signInAs(null);
  invalidated.length = 0;
  expiredAtOnce.length = 0;
});

describe("setLike", () => {
  it("refuses an anonymous caller and changes nothing", async () => {
    const post = await makePost();
    expect(await setLike({ postId: post.id, liked: true })).toMatchObject({ ok: false, reason: "unauthenticated" });
    expect(await likeRows(post.id)).toBe(0);
    expect(invalidated).toEqual([]);
  });

  it("likes for the signed-in reader only, and refreshes the post's and lists' counts", async () => {
    const post = await makePost();
    const reader = await makeUser();
    const other = await makeUser();
    signInAs(reader);
    expect(await setLike({ postId: post.id, liked: true })).toEqual({ ok: true, data: { liked: true, likeCount: 1 } });
    signInAs(other);
    // Another reader's unlike removes their own (absent) like, never the first reader's.
    expect(await setLike({ postId: post.id, liked: false })).toEqual({
      ok: true,
      data: { liked: false, likeCount: 1 },
    });
    expect(await likeRows(post.id)).toBe(1);
    expect(invalidated).toContain(`post-likes:${post.id}`);
    expect(invalidated).toContain("post-counts");
  });

  it("never expires the post page, and refreshes its cached count at most once a minute", async () => {
    // The attack: toggle a like before every visit, so that no visit is served from the cache.
    const post = await makePost();
    signInAs(await makeUser());
    for (let i = 0; i < 6; i++)
      expect(await setLike({ postId: post.id, liked: i % 2 === 0 })).toMatchObject({ ok: true });
    expect(expiredAtOnce).toEqual([]);
    expect(invalidated.filter((tag) => tag.startsWith("post:"))).toEqual([]);
    expect(invalidated.filter((tag) => tag === `post-likes:${post.id}`)).toHaveLength(1);
  });

  it("limits one reader to 30 likes a minute, and says so", async () => {
    const post = await makePost();
    const reader = await makeUser();
    signInAs(reader);
    for (let i = 0; i < 30; i++)
      expect(await setLike({ postId: post.id, liked: i % 2 === 0 })).toMatchObject({ ok: true });
    expect(await setLike({ postId: post.id, liked: true })).toMatchObject({
      ok: false,
      reason: "rate-limited",
      message: expect.stringMatching(/wait/i),
    });
    expect(await likeRows(post.id)).toBe(0);
    // Another reader is not slowed down by it.
    signInAs(await makeUser());
    expect(await setLike({ postId: post.id, liked: true })).toMatchObject({ ok: true });
  });

  it("validates every argument, the post id included", async () => {
    signInAs(await makeUser());
    expect(await setLike({ postId: "not-a-uuid", liked: true })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await setLike({ postId: (await makePost()).id, liked: "yes" } as never)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await setLike({ postId: (await makePost({ status: "draft" })).id, liked: true })).toMatchObject({
      ok: false,
      reason: "not-found",
    });
  });
});

describe("addComment", () => {
  it("refuses an anonymous caller", async () => {
    const post = await makePost();
    expect(await addComment({ postId: post.id, body: "Hello" })).toMatchObject({
      ok: false,
      reason: "unauthenticated",
    });
    expect(await commentsOn(post.id)).toHaveLength(0);
  });

  it("posts as the signed-in reader, whatever author a caller might send", async () => {
    const post = await makePost();
    const reader = await makeUser();
    const victim = await makeUser();
    signInAs(reader);
    const result = await addComment({ postId: post.id, body: "  Hello\n\nWorld  ", authorId: victim.id } as never);
    expect(result.ok).toBe(true);
    const [row] = await commentsOn(post.id);
    expect(row).toMatchObject({ authorId: reader.id, body: "Hello\n\nWorld" });
    expect(invalidated).toEqual(expect.arrayContaining([`comments:${post.id}`, `post:${post.id}`]));
  });

  it("replies to a comment, also when the form sends FormData", async () => {
    const post = await makePost();
    const parent = await makeComment(post.id);
    signInAs(await makeUser());
    const form = new FormData();
    form.set("postId", post.id);
    form.set("parentId", parent.id);
    form.set("body", "A reply");
    const result = await addComment(form);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(await commentRow(result.data.id)).toMatchObject({ parentId: parent.id, rootId: parent.id, depth: 1 });
  });

  it("rejects empty and over-long text with a message for the field", async () => {
    const post = await makePost();
    signInAs(await makeUser());
    const empty = await addComment({ postId: post.id, body: "   " });
    expect(empty).toMatchObject({ ok: false, reason: "invalid" });
    if (!empty.ok) expect(empty.fieldErrors?.body?.[0]).toMatch(/empty/);
    const long = await addComment({ postId: post.id, body: "x".repeat(5001) });
    if (!long.ok) expect(long.fieldErrors?.body?.[0]).toMatch(/5,000/);
    expect(long.ok).toBe(false);
    expect(await commentsOn(post.id)).toHaveLength(0);
  });

  it("stops a bot that fills the honeypot", async () => {
    const post = await makePost();
    signInAs(await makeUser());
    const result = await addComment({ postId: post.id, body: "Buy now", [HONEYPOT_FIELD]: "http://spam.test" });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(await commentsOn(post.id)).toHaveLength(0);
  });

  it("tells a fast commenter to wait", async () => {
    const post = await makePost();
    signInAs(await makeUser());
    for (let i = 0; i < 5; i++) expect((await addComment({ postId: post.id, body: `c${i}` })).ok).toBe(true);
    expect(await addComment({ postId: post.id, body: "again" })).toMatchObject({
      ok: false,
      reason: "rate-limited",
      message: expect.stringMatching(/wait a minute/),
    });
  });
});

describe("editComment", () => {
  it("refuses a banned author, saying why, and keeps the old text", async () => {
    const author = await makeUser();
    const comment = await makeComment((await makePost()).id, { authorId: author.id, body: "Original" });
    await getDb().insert(commentBans).values({ userId: author.id, reason: "Insults" });
    signInAs(author);
    expect(await editComment({ commentId: comment.id, body: "Rewritten after the ban" })).toMatchObject({
      ok: false,
      reason: "forbidden",
      message: expect.stringContaining("Insults"),
    });
    expect((await commentRow(comment.id))?.body).toBe("Original");
  });

  it("lets only the author edit", async () => {
    const post = await makePost();
    const author = await makeUser();
    const comment = await makeComment(post.id, { authorId: author.id, body: "Original" });

    expect(await editComment({ commentId: comment.id, body: "Anon" })).toMatchObject({
      ok: false,
      reason: "unauthenticated",
    });
    signInAs(await makeUser());
    expect(await editComment({ commentId: comment.id, body: "Other" })).toMatchObject({
      ok: false,
      reason: "not-found",
    });
    signInAs(await makeUser({ role: "editor" }));
    expect(await editComment({ commentId: comment.id, body: "Editor" })).toMatchObject({
      ok: false,
      reason: "not-found",
    });
    expect((await commentRow(comment.id))?.body).toBe("Original");

    signInAs(author);
    expect(await editComment({ commentId: comment.id, body: "Better" })).toEqual({ ok: true, data: null });
    expect(await commentRow(comment.id)).toMatchObject({ body: "Better", editedAt: expect.any(Date) });
  });

  it("limits one reader to 10 edits a minute, and keeps the text of the refused one out", async () => {
    const post = await makePost();
    const author = await makeUser();
    const comment = await makeComment(post.id, { authorId: author.id, body: "Draft 0" });
    signInAs(author);
    for (let i = 1; i <= 10; i++)
      expect(await editComment({ commentId: comment.id, body: `Draft ${i}` })).toMatchObject({ ok: true });
    expect(await editComment({ commentId: comment.id, body: "Draft 11" })).toMatchObject({
      ok: false,
      reason: "rate-limited",
      message: expect.stringMatching(/wait/i),
    });
    expect((await commentRow(comment.id))?.body).toBe("Draft 10");
  });
});

describe("deleteComment", () => {
  it("lets only the author delete", async () => {
    const post = await makePost();
    const author = await makeUser();
    const comment = await makeComment(post.id, { authorId: author.id });

    expect(await deleteComment({ commentId: comment.id })).toMatchObject({ ok: false, reason: "unauthenticated" });
    signInAs(await makeUser());
    expect(await deleteComment({ commentId: comment.id })).toMatchObject({ ok: false, reason: "not-found" });
    signInAs(await makeUser({ role: "admin" }));
    expect(await deleteComment({ commentId: comment.id })).toMatchObject({ ok: false, reason: "not-found" });
    expect((await commentRow(comment.id))?.status).toBe("published");

    signInAs(author);
    expect(await deleteComment({ commentId: comment.id })).toEqual({ ok: true, data: null });
    expect((await commentRow(comment.id))?.status).toBe("deleted");
    expect(await deleteComment({ commentId: "nope" })).toMatchObject({ ok: false, reason: "invalid" });
  });
});
