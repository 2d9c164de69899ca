import { and, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { commentBans, comments, likes, posts } from "../schema";

/** A post readers may see: published, and its time has come. The database clock decides. */
export const isPublic = and(eq(posts.status, "published"), lte(posts.publishedAt, sql`now()`));

/** A comment ban in force: it has no end, or its end is still ahead (the database clock decides). */
export const banInForce = or(isNull(commentBans.endsAt), gt(commentBans.endsAt, sql`now()`));

/**
 * The one rule for which comments count and show with their text: published ones. Hidden and
 * deleted comments are never counted; they appear only as a marker when replies hang under them.
 */
export const isVisibleComment = eq(comments.status, "published");

// The post of the outer query, always table-qualified: drizzle leaves columns unqualified in a
// select without joins, where a bare "id" inside a subquery would mean the subquery's own id.
const outerPostId = sql`${sql.identifier("posts")}.${sql.identifier("id")}`;

/** Visible comments on the post in the outer query; used for every comment count. */
export const visibleCommentCount = sql<number>`(
  select count(*)::int from ${comments} c
  where c.post_id = ${outerPostId} and c.status = 'published'
)`;

/**
 * A mark of everything about the outer query's post's comments: it changes with every new,
 * edited, moderated or deleted comment (each bumps updated_at; a removed row lowers the count).
 * The browser compares the mark a cached page was rendered with to the live one.
 */
export const commentsVersion = sql<string>`(
  select count(*) || '-' || coalesce(floor(extract(epoch from max(c.updated_at)) * 1000)::bigint, 0)
  from ${comments} c where c.post_id = ${outerPostId}
)`;

/** Likes of the post in the outer query. */
export const likeCount = sql<number>`(select count(*)::int from ${likes} l where l.post_id = ${outerPostId})`;

/** Words in the post body, split on whitespace as lib/reading-time's countWords does. */
export const bodyWordCount = sql<number>`coalesce(array_length(regexp_split_to_array(trim(${posts.body}), '\\s+'), 1), 0)`;
