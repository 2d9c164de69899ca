import { describe, expect, it } from "vitest";
import { addLikes, makeComment, makePost, makeUser } from "../testing";
import { getEngagement } from "./engagement";
import { storeLike } from "./likes";

describe("getEngagement", () => {
  it("counts published comments and replies only, and likes", async () => {
    const post = await makePost();
    const top = await makeComment(post.id);
    await makeComment(post.id, { parent: top });
    await makeComment(post.id, { status: "hidden" });
    await makeComment(post.id, { status: "deleted" });
    await addLikes(post.id, 2);
    expect(await getEngagement({ postId: post.id, userId: null })).toEqual({
      likeCount: 2,
      commentCount: 2,
      liked: false,
    });
  });

  it("says whether this reader likes the post", async () => {
    const post = await makePost();
    const reader = await makeUser();
    const other = await makeUser();
    await storeLike({ postId: post.id, userId: reader.id, liked: true });
    expect((await getEngagement({ postId: post.id, userId: reader.id }))?.liked).toBe(true);
    expect((await getEngagement({ postId: post.id, userId: other.id }))?.liked).toBe(false);
  });

  it("answers nothing for drafts, scheduled and unknown posts", async () => {
    expect(await getEngagement({ postId: (await makePost({ status: "draft" })).id, userId: null })).toBeNull();
    expect(await getEngagement({ postId: (await makePost({ daysAgo: -1 })).id, userId: null })).toBeNull();
    expect(await getEngagement({ postId: "00000000-0000-0000-0000-000000000000", userId: null })).toBeNull();
  });
});
