import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "../index";
import { refused, type Refused } from "./errors";
import { likes, posts } from "../schema";
import { isPublic } from "./visibility";

/** Likes on a post. */
export async function countLikes({ postId }: { postId: string }): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(likes).where(eq(likes.postId, postId));
  return row?.n ?? 0;
}

/**
 * Sets whether a reader likes a public post. Idempotent: liking twice leaves one like (the
 * primary key decides, so parallel clicks cannot make two), unliking an unliked post does
 * nothing. Refused as "not-found" when the post is not public.
 */
export async function storeLike({
  postId,
  userId,
  liked,
}: {
  postId: string;
  userId: string;
  liked: boolean;
}): Promise<{ ok: true; liked: boolean; likeCount: number } | Refused<"not-found">> {
  const db = getDb();
  const [post] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.id, postId), isPublic));
  if (!post) return refused("not-found");
  if (liked) {
    await db.insert(likes).values({ postId, userId }).onConflictDoNothing();
  } else {
    await db.delete(likes).where(and(eq(likes.postId, postId), eq(likes.userId, userId)));
  }
  return { ok: true, liked, likeCount: await countLikes({ postId }) };
}
