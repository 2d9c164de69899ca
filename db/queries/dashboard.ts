import "server-only";
import { and, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "../index";
import { comments, likes, posts, users } from "../schema";
import { countOf } from "./paging";
import { isPublic, isVisibleComment, likeCount, visibleCommentCount } from "./visibility";

const since = (days: number) => sql`now() - make_interval(days => ${days})`;

export type ActivityCounts = { comments7: number; comments30: number; likes7: number; likes30: number };

/** Visible comments and likes given in the last 7 and 30 days. */
export async function countRecentActivity(): Promise<ActivityCounts> {
  const db = getDb();
  const [[c], [l]] = await Promise.all([
    db
      .select({
        d7: sql<number>`count(*) filter (where ${comments.createdAt} > ${since(7)})::int`,
        d30: sql<number>`count(*) filter (where ${comments.createdAt} > ${since(30)})::int`,
      })
      .from(comments)
      .where(isVisibleComment),
    db
      .select({
        d7: sql<number>`count(*) filter (where ${likes.createdAt} > ${since(7)})::int`,
        d30: sql<number>`count(*) filter (where ${likes.createdAt} > ${since(30)})::int`,
      })
      .from(likes),
  ]);
  return { comments7: c?.d7 ?? 0, comments30: c?.d30 ?? 0, likes7: l?.d7 ?? 0, likes30: l?.d30 ?? 0 };
}

export type RankedPost = { id: string; slug: string; title: string; n: number };

/** The public posts with the most likes, or the most visible comments. */
export async function listTopPosts({
  by,
  limit = 5,
}: {
  by: "likes" | "comments";
  limit?: number;
}): Promise<RankedPost[]> {
  const n = by === "likes" ? likeCount : visibleCommentCount;
  const rows = await getDb()
    .select({ id: posts.id, slug: posts.slug, title: posts.title, n })
    .from(posts)
    .where(and(isPublic, gt(n, 0)))
    .orderBy(desc(n), desc(posts.publishedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export type AwaitingComment = {
  id: string;
  body: string;
  createdAt: Date;
  author: string;
  post: { id: string; title: string };
};

/** Visible comments no moderator has looked at yet, newest first, and how many there are. */
export async function listCommentsAwaitingReview({ limit = 8 }: { limit?: number } = {}): Promise<{
  items: AwaitingComment[];
  total: number;
}> {
  const db = getDb();
  const where = and(isVisibleComment, isNull(comments.reviewedAt));
  const [rows, total] = await Promise.all([
    db
      .select({
        id: comments.id,
        body: comments.body,
        createdAt: comments.createdAt,
        author: users.name,
        postId: posts.id,
        postTitle: posts.title,
      })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .innerJoin(posts, eq(posts.id, comments.postId))
      .where(where)
      .orderBy(desc(comments.createdAt))
      .limit(limit),
    countOf(db.select({ n: count() }).from(comments).where(where)),
  ]);
  return {
    items: rows.map(({ postId, postTitle, ...r }) => ({ ...r, post: { id: postId, title: postTitle } })),
    total,
  };
}
