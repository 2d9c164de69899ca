import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "../index";
import { likes, posts } from "../schema";
import { commentsVersion, isPublic, likeCount, visibleCommentCount } from "./visibility";

/** Live counts for a post and, for a signed-in reader, whether they like it. */
export type Engagement = {
  likeCount: number;
  commentCount: number;
  liked: boolean;
  /** Changes whenever any of the post's comments changes (see visibility.commentsVersion). */
  commentsVersion: string;
};

/**
 * A public post's live counts (by the same rules as every other count) and the reader's own like,
 * in one round trip; null when readers may not see the post.
 */
export async function getEngagement({
  postId,
  userId,
}: {
  postId: string;
  userId: string | null;
}): Promise<Engagement | null> {
  const liked = userId
    ? sql<boolean>`exists (select 1 from ${likes} l where l.post_id = ${postId} and l.user_id = ${userId})`
    : sql<boolean>`false`;
  const [row] = await getDb()
    .select({ likeCount, commentCount: visibleCommentCount, liked, commentsVersion })
    .from(posts)
    .where(and(eq(posts.id, postId), isPublic));
  return row
    ? {
        likeCount: Number(row.likeCount),
        commentCount: Number(row.commentCount),
        liked: Boolean(row.liked),
        commentsVersion: row.commentsVersion,
      }
    : null;
}
