import { describe, expect, it } from "vitest";
import { makeComment, makePost } from "../testing";
import { getListedThread, listCommentThreads } from "./comments";

describe("listCommentThreads", () => {
  it("nests replies of any depth under their parents, oldest first", async () => {
    const post = await makePost();
    const a = await makeComment(post.id, { minutesAgo: 50, body: "A" });
    const b = await makeComment(post.id, { minutesAgo: 40, body: "B" });
    const a1 = await makeComment(post.id, { parent: a, minutesAgo: 30, body: "A1" });
    const a11 = await makeComment(post.id, { parent: a1, minutesAgo: 20, body: "A11" });
    await makeComment(post.id, { parent: a11, minutesAgo: 10, body: "A111" });
    const { threads, hasMore } = await listCommentThreads({ postId: post.id });
    expect(hasMore).toBe(false);
    expect(threads.map((t) => t.body)).toEqual(["A", "B"]);
    expect(threads[0]!.replies[0]!.replies[0]!.replies[0]!.body).toBe("A111");
    expect(threads[0]!.replies[0]!.replies[0]!.replies[0]!.depth).toBe(3);
    expect(threads[1]!.id).toBe(b.id);
  });

  it("keeps a hidden or deleted comment with replies as a marker without author or text", async () => {
    const post = await makePost();
    const gone = await makeComment(post.id, { status: "deleted", body: "secret" });
    await makeComment(post.id, { parent: gone, body: "reply" });
    const { threads } = await listCommentThreads({ postId: post.id });
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ status: "deleted", body: null, author: null });
    expect(threads[0]!.replies[0]!.body).toBe("reply");
  });

  it("drops hidden and deleted comments that have nothing visible under them", async () => {
    const post = await makePost();
    await makeComment(post.id, { status: "hidden" });
    const top = await makeComment(post.id);
    const deletedReply = await makeComment(post.id, { parent: top, status: "deleted" });
    await makeComment(post.id, { parent: deletedReply, status: "hidden" });
    const { threads } = await listCommentThreads({ postId: post.id });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.replies).toEqual([]);
  });

  it("pages through top-level threads after a cursor, in every order, unshifted by new threads", async () => {
    const post = await makePost();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeComment(post.id, { minutesAgo: 100 - i, body: `c${i}` }));
    // c3 gets two replies and c1 one: "most replies" reads c3, c1, then the rest oldest first.
    await makeComment(post.id, { parent: made[3]!, minutesAgo: 10 });
    await makeComment(post.id, { parent: made[3]!, minutesAgo: 9 });
    await makeComment(post.id, { parent: made[1]!, minutesAgo: 8 });
    const expected = {
      oldest: ["c0", "c1", "c2", "c3", "c4"],
      newest: ["c4", "c3", "c2", "c1", "c0"],
      replies: ["c3", "c1", "c0", "c2", "c4"],
    };
    for (const sort of ["oldest", "newest", "replies"] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      for (let n = 0; n < 3; n++) {
        const page = await listCommentThreads({ postId: post.id, sort, after, limit: 2 });
        seen.push(...page.threads.map((t) => t.body!));
        expect(page.hasMore, `${sort}, page ${n + 1}`).toBe(n < 2);
        after = page.threads.at(-1)?.id;
      }
      expect(seen, sort).toEqual(expected[sort]);
    }
    const first = await listCommentThreads({ postId: post.id, limit: 2 });
    await makeComment(post.id, { minutesAgo: 200, body: "older than all" });
    const second = await listCommentThreads({ postId: post.id, after: first.threads.at(-1)!.id, limit: 2 });
    expect(second.threads.map((t) => t.body)).toEqual(["c2", "c3"]);
  });

  it("shows nothing of a post readers may not see or whose comments are turned off", async () => {
    const draft = await makePost({ status: "draft" });
    const scheduled = await makePost({ daysAgo: -1 });
    const off = await makePost({ commentsMode: "off" });
    const locked = await makePost({ commentsMode: "locked" });
    for (const post of [draft, scheduled, off, locked]) await makeComment(post.id, { body: "here" });
    for (const post of [draft, scheduled, off]) {
      expect((await listCommentThreads({ postId: post.id })).threads).toEqual([]);
    }
    expect((await listCommentThreads({ postId: locked.id })).threads.map((t) => t.body)).toEqual(["here"]);
  });

  it("only returns the post's own comments", async () => {
    const post = await makePost();
    const other = await makePost();
    await makeComment(other.id);
    expect((await listCommentThreads({ postId: post.id })).threads).toEqual([]);
  });
});

describe("getListedThread", () => {
  it("finds the listed thread of any comment in it, and nothing of another post or a gone thread", async () => {
    const post = await makePost();
    const top = await makeComment(post.id, { body: "top" });
    const reply = await makeComment(post.id, { parent: top, body: "reply" });
    const deeper = await makeComment(post.id, { parent: reply, body: "deeper" });
    for (const id of [top.id, reply.id, deeper.id]) {
      expect((await getListedThread({ postId: post.id, commentId: id }))?.id).toBe(top.id);
    }
    const other = await makePost();
    expect(await getListedThread({ postId: other.id, commentId: reply.id })).toBeNull();
    const alone = await makeComment(post.id, { status: "deleted" });
    expect(await getListedThread({ postId: post.id, commentId: alone.id })).toBeNull();
  });
});
