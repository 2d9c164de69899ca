import "server-only";
import { and, count, desc, eq, gt, ilike, sql, type SQL } from "drizzle-orm";
import { getDb } from "../index";
import { categories, posts, users } from "../schema";
import { containsPattern } from "./patterns";
import { countOf, paginate, type Page } from "./paging";
import { isPublic, likeCount, visibleCommentCount } from "./visibility";

export type PostState = "draft" | "scheduled" | "published";

/** draft, scheduled (published with a future date) or published, computed by the database clock. */
export const postState = sql<PostState>`case when ${posts.status} = 'draft' then 'draft' when ${posts.publishedAt} > now() then 'scheduled' else 'published' end`;

const stateFilter: Record<PostState, SQL | undefined> = {
  draft: eq(posts.status, "draft"),
  scheduled: and(eq(posts.status, "published"), gt(posts.publishedAt, sql`now()`)),
  published: isPublic,
};

export type EditorPostRow = {
  id: string;
  slug: string;
  title: string;
  state: PostState;
  publishedAt: Date | null;
  updatedAt: Date;
  category: string;
  author: string;
  likeCount: number;
  commentCount: number;
};

/** Every post, whatever its state, for the admin list: filtered, searched by title, newest change first. */
export async function listPostsForEditors({
  state,
  categoryId,
  query,
  page = 1,
  pageSize = 20,
}: {
  state?: PostState;
  categoryId?: string;
  query?: string;
  page?: number;
  pageSize?: number;
}): Promise<Page<EditorPostRow>> {
  const db = getDb();
  const where = and(
    state ? stateFilter[state] : undefined,
    categoryId ? eq(posts.categoryId, categoryId) : undefined,
    query ? ilike(posts.title, containsPattern(query)) : undefined,
  );
  return paginate(
    { page, pageSize },
    ({ limit, offset }) =>
      db
        .select({
          id: posts.id,
          slug: posts.slug,
          title: posts.title,
          state: postState,
          publishedAt: posts.publishedAt,
          updatedAt: posts.updatedAt,
          category: categories.name,
          author: users.name,
          likeCount,
          commentCount: visibleCommentCount,
        })
        .from(posts)
        .innerJoin(categories, eq(categories.id, posts.categoryId))
        .innerJoin(users, eq(users.id, posts.authorId))
        .where(where)
        .orderBy(desc(posts.updatedAt), desc(posts.id))
        .limit(limit)
        .offset(offset),
    countOf(db.select({ n: count() }).from(posts).where(where)),
    (r) => ({ ...r, likeCount: Number(r.likeCount), commentCount: Number(r.commentCount) }),
  );
}

/** Numbers of posts in each state. */
export async function countPostsByState(): Promise<Record<PostState, number>> {
  const rows = await getDb().select({ state: postState, n: count() }).from(posts).groupBy(postState);
  const counts: Record<PostState, number> = { draft: 0, scheduled: 0, published: 0 };
  for (const row of rows) counts[row.state] = row.n;
  return counts;
}
