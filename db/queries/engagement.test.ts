import { describe, expect, it } from "vitest";
import { addLikes, makeComment, makePost, makeUser } from "../testing";
import { getEngagement } from "./engagement";
import { deleteOwnComment, editOwnComment, getCommentsVersion, insertComment } from "./comments";
import { storeLike } from "./likes";
import { applyModeration } from "./moderation";

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
      commentsVersion: expect.any(String),
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

  it("has a comments mark that every change to a comment moves, and a like does not", async () => {
    const post = await makePost();
    const [author, moderator] = [await makeUser(), await makeUser({ role: "editor" })];
    const marks = [await getCommentsVersion({ postId: post.id })];
    const mark = async () => {
      const live = (await getEngagement({ postId: post.id, userId: null }))!.commentsVersion;
      expect(live).toBe(await getCommentsVersion({ postId: post.id }));
      expect(marks).not.toContain(live);
      marks.push(live);
    };
    // Changes made in the same millisecond would share a timestamp: a real page render sits
    // between two changes, so space them as that would.
    const later = () => new Promise((resolve) => setTimeout(resolve, 5));

    const added = await insertComment({ postId: post.id, authorId: author.id, body: "First" });
    if (!added.ok) throw new Error(added.reason);
    await mark();
    await later();
    await editOwnComment({ commentId: added.id, authorId: author.id, body: "First, edited" });
    await mark();
    await later();
    await applyModeration({ commentId: added.id, action: "hide", actorId: moderator.id });
    await mark();
    await later();
    await applyModeration({ commentId: added.id, action: "unhide", actorId: moderator.id });
    await mark();
    await later();
    await deleteOwnComment({ commentId: added.id, authorId: author.id });
    await mark();

    await storeLike({ postId: post.id, userId: author.id, liked: true });
    expect((await getEngagement({ postId: post.id, userId: null }))!.commentsVersion).toBe(marks.at(-1));
  });
});
