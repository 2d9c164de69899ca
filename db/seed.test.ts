import { describe, expect, it } from "vitest";
import { listCategories } from "./queries/categories";
import { listCommentThreads, type CommentNode } from "./queries/comments";
import { getPublishedPostBySlug, listPublishedPosts } from "./queries/posts";
import { seed } from "./seed";

const depthOf = (node: CommentNode): number => 1 + Math.max(0, ...node.replies.map(depthOf));

describe("demo seed", () => {
  it("makes a publication that looks real, and only once", async () => {
    expect(await seed()).toBe(true);
    expect(await seed()).toBe(false);

    const all = await listPublishedPosts({ pageSize: 100 });
    expect(all.total).toBeGreaterThanOrEqual(8);
    expect(all.items.every((p) => p.cover !== null)).toBe(true);
    expect((await listCategories()).filter((c) => c.postCount > 0).length).toBeGreaterThanOrEqual(3);

    expect(await getPublishedPostBySlug({ slug: "notes-toward-a-style-guide" })).toBeNull();
    expect(await getPublishedPostBySlug({ slug: "what-we-are-building-next" })).toBeNull();

    const featured = await getPublishedPostBySlug({ slug: "when-machines-learned-to-sketch" });
    expect(featured!.body).toMatch(/```ts/);
    expect(featured!.body).toMatch(/^> /m);
    expect(featured!.body).toMatch(/!\[[^\]]+\]\(\/api\/images\/[0-9a-f-]{36} "/);
    const { threads } = await listCommentThreads({ postId: featured!.id });
    expect(Math.max(...threads.map(depthOf))).toBeGreaterThanOrEqual(3);
    expect(featured!.likeCount).toBeGreaterThan(0);
  });
});
