import { beforeEach, describe, expect, it } from "vitest";
import { makeComment, makePost, makeUser } from "@/db/testing";
import { signInAs } from "@/test/viewer-mock";
import { loadComments, loadCommentThread } from "./load-comments";

const ids = (threads: { id: string }[]) => threads.map((t) => t.id);
/** What a hostile caller may send: anything at all. */
const hostile = (input: unknown) => input as Parameters<typeof loadComments>[0];

beforeEach(() => signInAs(null));

describe("loadComments", () => {
  it("serves the anonymous caller, a reader and an editor the same threads, and refuses bad input", async () => {
    const post = await makePost();
    const a = await makeComment(post.id, { minutesAgo: 20 });
    const b = await makeComment(post.id, { minutesAgo: 10 });
    const answers = [];
    for (const viewer of [null, await makeUser(), await makeUser({ role: "editor" })]) {
      signInAs(viewer);
      const result = await loadComments({ postId: post.id, sort: "newest", limit: 20 });
      if (!result.ok) throw new Error(result.message);
      answers.push({ threads: ids(result.data.threads), hasMore: result.data.hasMore });
    }
    expect(answers).toEqual(Array(3).fill({ threads: [b.id, a.id], hasMore: false }));
    expect(await loadComments({ postId: post.id, sort: "newest", limit: 0 })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await loadComments(hostile({ postId: post.id, sort: "random", limit: 5 }))).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await loadComments({ postId: post.id, sort: "oldest", limit: 5, after: "nope" })).toMatchObject({
      ok: false,
    });
  });

  it("answers exactly what the post page shows: nothing of a draft, a scheduled post or comments turned off", async () => {
    for (const values of [{ status: "draft" as const }, { daysAgo: -1 }, { commentsMode: "off" as const }]) {
      const post = await makePost(values);
      const comment = await makeComment(post.id);
      expect(await loadComments({ postId: post.id, sort: "oldest", limit: 20, include: [comment.id] })).toMatchObject({
        ok: true,
        data: { threads: [], hasMore: false, included: [] },
      });
      expect(await loadCommentThread({ postId: post.id, commentId: comment.id })).toMatchObject({
        ok: true,
        data: { thread: null },
      });
    }
  });

  it("pages after the last thread, and brings a new thread beyond the loaded ones along", async () => {
    const post = await makePost();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeComment(post.id, { minutesAgo: 50 - i }));
    const first = await loadComments({ postId: post.id, sort: "oldest", limit: 2 });
    const next = await loadComments({ postId: post.id, sort: "oldest", limit: 2, after: made[1]!.id });
    expect(first.ok && ids(first.data.threads)).toEqual([made[0]!.id, made[1]!.id]);
    expect(next.ok && ids(next.data.threads)).toEqual([made[2]!.id, made[3]!.id]);

    const reply = await makeComment(post.id, { parent: made[0]! });
    const window = await loadComments({ postId: post.id, sort: "oldest", limit: 2, include: [made[4]!.id, reply.id] });
    // made[4] lies beyond the two loaded threads; the reply's thread is among them already.
    expect(window.ok && ids(window.data.included)).toEqual([made[4]!.id]);
  });
});

describe("loadCommentThread", () => {
  it("renders the thread of any comment in it for anyone, and nothing for another post's comment", async () => {
    const post = await makePost();
    const top = await makeComment(post.id);
    const reply = await makeComment(post.id, { parent: top });
    signInAs(await makeUser());
    expect(await loadCommentThread({ postId: post.id, commentId: reply.id })).toMatchObject({
      ok: true,
      data: { thread: { id: top.id }, commentCount: 2 },
    });
    const other = await makePost();
    expect(await loadCommentThread({ postId: other.id, commentId: reply.id })).toEqual({
      ok: true,
      data: { thread: null, commentCount: 0 },
    });
    expect(await loadCommentThread({ postId: post.id, commentId: "x" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });
});
