import { describe, expect, it } from "vitest";
import { makeComment, makePost } from "../testing";
import { listCommentThreads } from "./comments";

describe("listCommentThreads", () => {
  it("nests replies of any depth under their parents, oldest first", async () => {
    const post = await makePost();
    const a = await makeComment(post.id, { minutesAgo: 50, body: "A" });
    const b = await makeComment(post.id, { minutesAgo: 40, body: "B" });
    const a1 = await makeComment(post.id, { parent: a, minutesAgo: 30, body: "A1" });
    const a11 = await makeComment(post.id, { parent: a1, minutesAgo: 20, body: "A11" });
    await makeComment(post.id, { parent: a11, minutesAgo: 10, body: "A111" });
    const { threads, threadCount } = await listCommentThreads({ postId: post.id });
    expect(threadCount).toBe(2);
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
    const { threads, threadCount } = await listCommentThreads({ postId: post.id });
    expect(threadCount).toBe(1);
    expect(threads[0]!.replies).toEqual([]);
  });

  it("pages through top-level threads", async () => {
    const post = await makePost();
    for (let i = 0; i < 5; i++) await makeComment(post.id, { minutesAgo: 100 - i, body: `c${i}` });
    const first = await listCommentThreads({ postId: post.id, page: 1, pageSize: 2 });
    const third = await listCommentThreads({ postId: post.id, page: 3, pageSize: 2 });
    expect(first.pageCount).toBe(3);
    expect(first.threads.map((t) => t.body)).toEqual(["c0", "c1"]);
    expect(third.threads.map((t) => t.body)).toEqual(["c4"]);
  });

  it("only returns the post's own comments", async () => {
    const post = await makePost();
    const other = await makePost();
    await makeComment(other.id);
    expect((await listCommentThreads({ postId: post.id })).threads).toEqual([]);
  });
});
