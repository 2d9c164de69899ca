import { describe, expect, it } from "vitest";
import { makePost, makeUser } from "../testing";
import { countLikes, isLiked, setLike } from "./likes";

describe("setLike", () => {
  it("likes and unlikes, idempotently", async () => {
    const post = await makePost();
    const reader = await makeUser();
    expect(await setLike({ postId: post.id, userId: reader.id, liked: true })).toEqual({ liked: true, likeCount: 1 });
    expect(await setLike({ postId: post.id, userId: reader.id, liked: true })).toEqual({ liked: true, likeCount: 1 });
    expect(await isLiked({ postId: post.id, userId: reader.id })).toBe(true);
    expect(await setLike({ postId: post.id, userId: reader.id, liked: false })).toEqual({ liked: false, likeCount: 0 });
    expect(await setLike({ postId: post.id, userId: reader.id, liked: false })).toEqual({ liked: false, likeCount: 0 });
  });

  it("counts each reader once", async () => {
    const post = await makePost();
    for (let i = 0; i < 3; i++) await setLike({ postId: post.id, userId: (await makeUser()).id, liked: true });
    expect(await countLikes({ postId: post.id })).toBe(3);
  });

  it("refuses drafts, scheduled and unknown posts", async () => {
    const reader = await makeUser();
    const draft = await makePost({ status: "draft" });
    const scheduled = await makePost({ daysAgo: -1 });
    expect(await setLike({ postId: draft.id, userId: reader.id, liked: true })).toBeNull();
    expect(await setLike({ postId: scheduled.id, userId: reader.id, liked: true })).toBeNull();
    expect(await setLike({ postId: "00000000-0000-0000-0000-000000000000", userId: reader.id, liked: true })).toBeNull();
    expect(await countLikes({ postId: draft.id })).toBe(0);
  });
});
