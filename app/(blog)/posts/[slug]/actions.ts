"use server";

import { deleteOwnComment, editOwnComment, insertComment, type WriteRefusal } from "@/db/queries/comments";
import { storeLike } from "@/db/queries/likes";
import { defineAction, fail, ok } from "@/lib/actions";
import { commentsChanged, likesChanged } from "@/lib/invalidate";
import { rules, takeAttempt } from "@/lib/rate-limit";
import { addCommentSchema, deleteCommentSchema, editCommentSchema, setLikeSchema } from "./schema";

/** Likes or unlikes a public post for the signed-in reader; answers the new count. */
export const setLike = defineAction(
  { schema: setLikeSchema, role: "reader", verified: true },
  async ({ postId, liked }, viewer) => {
    if (!(await takeAttempt(rules.likesPerReader, viewer.id)))
      return fail("rate-limited", "You are liking and unliking very fast. Please wait a minute.");
    const result = await storeLike({ postId, userId: viewer.id, liked });
    if (!result.ok) return fail("not-found", "This post is not available.");
    await likesChanged(postId);
    return ok({ liked: result.liked, likeCount: result.likeCount });
  },
);

/** The sentence for a reader who may not write on a post now; `notFound` when the target is gone. */
function refused(refusal: WriteRefusal, notFound: string) {
  if (refusal.reason === "closed") return fail("forbidden", "Comments are closed on this post.");
  if (refusal.reason === "banned") {
    const until = refusal.ban.endsAt
      ? ` until ${new Intl.DateTimeFormat("en", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(refusal.ban.endsAt)} UTC`
      : "";
    return fail("forbidden", `A moderator has stopped you from commenting${until}. Reason: ${refusal.ban.reason}`);
  }
  return fail("not-found", notFound);
}

/** Posts a comment, or a reply when parentId is given. */
export const addComment = defineAction(
  { schema: addCommentSchema, role: "reader", verified: true },
  async (input, viewer) => {
    const result = await insertComment({
      postId: input.postId,
      parentId: input.parentId,
      authorId: viewer.id,
      body: input.body,
    });
    if (!result.ok) {
      if (result.reason === "rate-limited") {
        return fail(
          "rate-limited",
          "You are commenting very fast. Please wait a minute, then post again: your text is still here.",
        );
      }
      return refused(
        result,
        input.parentId ? "The comment you are replying to is no longer there." : "This post is not available.",
      );
    }
    commentsChanged(result.postId);
    return ok({ id: result.id });
  },
);

/** Changes the text of the signed-in reader's own comment (it goes back to the moderators). */
export const editComment = defineAction(
  { schema: editCommentSchema, role: "reader", verified: true },
  async (input, viewer) => {
    if (!(await takeAttempt(rules.commentEditsPerReader, viewer.id)))
      return fail("rate-limited", "You have edited a lot in the last minute. Please wait a moment and save again.");
    const result = await editOwnComment({ commentId: input.commentId, authorId: viewer.id, body: input.body });
    if (!result.ok) return refused(result, "You can only edit your own comments.");
    commentsChanged(result.postId);
    return ok(null);
  },
);

/** Deletes the signed-in reader's own comment. */
export const deleteComment = defineAction({ schema: deleteCommentSchema, role: "reader" }, async (input, viewer) => {
  const result = await deleteOwnComment({ commentId: input.commentId, authorId: viewer.id });
  if (!result.ok) return fail("not-found", "You can only delete your own comments.");
  commentsChanged(result.postId);
  return ok(null);
});
