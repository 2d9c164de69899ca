import { describe, expect, it } from "vitest";
import { makePost, makeUser } from "../testing";
import { getEngagement } from "./engagement";
import { countLikes, storeLike } from "./likes";

describe("storeLike", () => {
  it("likes and unlikes, idempotently", async () => {
    const post = await makePost();
    const reader = await makeUser();
    expect(await storeLike({ postId: post.id, userId: reader.id, liked: true })).toEqual({
      ok: true,
      liked: true,
      likeCount: 1,
    });
    expect(await storeLike({ postId: post.id, userId: reader.id, liked: true })).toEqual({
      ok: true,
      liked: true,
      likeCount: 1,
    });
    expect((await getEngagement({ postId: post.id, userId: reader.id }))?.liked).toBe(true);
    expect(await storeLike({ postId: post.id, userId: reader.id, liked: false })).toEqual({
      ok: true,
      liked: false,
      likeCount: 0,
    });
    expect(await storeLike({ postId: post.id, userId: reader.id, liked: false })).toEqual({
      ok: true,
      liked: false,
      likeCount: 0,
    });
  });

  it("counts each reader once", async () => {
    const post = await makePost();
    for (let i = 0; i < 3; i++) await storeLike({ postId: post.id, userId: (await makeUser()).id, liked: true });
    expect(await countLikes({ postId: post.id })).toBe(3);
  });

  it("refuses drafts, scheduled and unknown posts", async () => {
    const reader = await makeUser();
    const draft = await makePost({ status: "draft" });
    const scheduled = await makePost({ daysAgo: -1 });
    expect(await storeLike({ postId: draft.id, userId: reader.id, liked: true })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await storeLike({ postId: scheduled.id, userId: reader.id, liked: true })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await storeLike({ postId: "00000000-0000-0000-0000-000000000000", userId: reader.id, liked: true })).toEqual(
      { ok: false, reason: "not-found" },
    );
    expect(await countLikes({ postId: draft.id })).toBe(0);
  });
});
