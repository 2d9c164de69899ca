import "server-only";
import { and, asc, count, desc, eq, exists, gt, inArray, lt, max, ne, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "../index";
import { categories, images, posts, postSlugRedirects, postTags, tags, users } from "../schema";
import { countOf, paginate, type Page } from "./paging";
import { selectPostSummaries, toSummary, type PostDetail, type PostSummary } from "./post-summary";
import { isPublic } from "./visibility";

/** Which public posts a list shows: all of them, or one category's, tag's, author's or month's. */
export type PostFilter = {
  categorySlug?: string;
  tagSlug?: string;
  authorSlug?: string;
  /** A calendar month in the site's time zone. */
  month?: { year: number; month: number; timeZone: string };
};

function filterCondition({ categorySlug, tagSlug, authorSlug, month }: PostFilter): SQL {
  const conditions: (SQL | undefined)[] = [isPublic];
  if (categorySlug) conditions.push(eq(categories.slug, categorySlug));
  if (authorSlug) conditions.push(eq(users.slug, authorSlug));
  if (tagSlug) {
    conditions.push(
      exists(
        getDb()
          .select({ one: sql`1` })
          .from(postTags)
          .innerJoin(tags, eq(tags.id, postTags.tagId))
          .where(and(eq(postTags.postId, posts.id), eq(tags.slug, tagSlug))),
      ),
    );
  }
  if (month) {
    const start = `${month.year}-${String(month.month).padStart(2, "0")}-01`;
    conditions.push(
      sql`(${posts.publishedAt} at time zone ${month.timeZone}) >= ${start}::timestamp`,
      sql`(${posts.publishedAt} at time zone ${month.timeZone}) < ${start}::timestamp + interval '1 month'`,
    );
  }
  return and(...conditions)!;
}

/** Public posts, newest first, a page at a time; optionally filtered (see PostFilter). */
export async function listPublishedPosts({
  page = 1,
  pageSize = 9,
  offset = 0,
  ...filter
}: PostFilter & {
  page?: number;
  pageSize?: number;
  /** Posts to skip before paging (the home page features the newest one above its grid). */
  offset?: number;
}): Promise<Page<PostSummary>> {
  return paginate(
    { page, pageSize, skip: offset },
    ({ limit, offset }) =>
      selectPostSummaries()
        .where(filterCondition(filter))
        .orderBy(desc(posts.publishedAt), desc(posts.id))
        .limit(limit)
        .offset(offset),
    countPublishedPosts(filter),
    toSummary,
  );
}

/** How many public posts a list holds (see PostFilter). */
export async function countPublishedPosts(filter: PostFilter = {}): Promise<number> {
  return countOf(
    getDb()
      .select({ n: count() })
      .from(posts)
      .innerJoin(categories, eq(categories.id, posts.categoryId))
      .innerJoin(users, eq(users.id, posts.authorId))
      .where(filterCondition(filter)),
  );
}

/**
 * Public posts like this one: those sharing most of its tags, then its category, newest first
 * among equals.
 */
export async function listRelatedPosts({
  postId,
  limit = 3,
}: {
  postId: string;
  limit?: number;
}): Promise<PostSummary[]> {
  const db = getDb();
  const [self] = await db.select({ categoryId: posts.categoryId }).from(posts).where(eq(posts.id, postId));
  if (!self) return [];
  const sharedTags = sql<number>`(
    select count(*)::int from ${postTags} pt
    where pt.post_id = ${sql.identifier("posts")}.${sql.identifier("id")}
      and pt.tag_id in (select tag_id from ${postTags} mine where mine.post_id = ${postId})
  )`;
  const sameCategory = sql<number>`(case when ${posts.categoryId} = ${self.categoryId} then 1 else 0 end)`;
  const rows = await selectPostSummaries()
    .where(and(isPublic, ne(posts.id, postId), or(eq(posts.categoryId, self.categoryId), gt(sharedTags, 0))))
    .orderBy(desc(sharedTags), desc(sameCategory), desc(posts.publishedAt), desc(posts.id))
    .limit(limit);
  return rows.map(toSummary);
}

export type AdjacentPost = { slug: string; title: string };

/** The public posts published just before and just after this one, or null at either end. */
export async function getAdjacentPosts({
  postId,
}: {
  postId: string;
}): Promise<{ previous: AdjacentPost | null; next: AdjacentPost | null }> {
  const db = getDb();
  // (published_at, id) orders posts totally, so two posts published in the same instant still
  // lead to each other. The post's own key is read in SQL: published_at has microseconds, which
  // a JavaScript Date would round away and so sort the post after itself.
  const key = sql`(${posts.publishedAt}, ${posts.id})`;
  const here = sql`(select p.published_at, p.id from ${posts} p where p.id = ${postId})`;
  const columns = { slug: posts.slug, title: posts.title };
  const [[previous], [next]] = await Promise.all([
    db
      .select(columns)
      .from(posts)
      .where(and(isPublic, lt(key, here)))
      .orderBy(desc(posts.publishedAt), desc(posts.id))
      .limit(1),
    db
      .select(columns)
      .from(posts)
      .where(and(isPublic, gt(key, here)))
      .orderBy(asc(posts.publishedAt), asc(posts.id))
      .limit(1),
  ]);
  return { previous: previous ?? null, next: next ?? null };
}

export type FeedPost = PostSummary & {
  body: string;
  updatedAt: Date;
  tags: string[];
  /** The cover's media type and size, for the feed's enclosure. */
  coverFile: { type: string; bytes: number } | null;
};

/** The newest public posts with their bodies, for feeds; optionally one category's. */
export async function listFeedPosts({
  categorySlug,
  limit,
}: {
  categorySlug?: string;
  limit: number;
}): Promise<FeedPost[]> {
  const rows = await selectPostSummaries({
    body: posts.body,
    updatedAt: posts.updatedAt,
    coverType: images.contentType,
    coverBytes: images.byteSize,
  })
    .where(filterCondition({ categorySlug }))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit);
  const tagRows =
    rows.length === 0
      ? []
      : await getDb()
          .select({ postId: postTags.postId, name: tags.name })
          .from(postTags)
          .innerJoin(tags, eq(tags.id, postTags.tagId))
          .where(
            inArray(
              postTags.postId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(tags.name));
  return rows.map((row) => ({
    ...toSummary(row),
    body: row.body,
    updatedAt: row.updatedAt,
    tags: tagRows.filter((t) => t.postId === row.id).map((t) => t.name),
    coverFile: row.coverType && row.coverBytes ? { type: row.coverType, bytes: row.coverBytes } : null,
  }));
}

export type ArchiveMonth = { year: number; month: number; count: number; lastModified: Date };

/** Months (in the site's time zone) that have public posts, newest first, with their counts. */
export async function listArchiveMonths({ timeZone }: { timeZone: string }): Promise<ArchiveMonth[]> {
  const db = getDb();
  const local = db
    .select({
      month: sql<string>`to_char(${posts.publishedAt} at time zone ${timeZone}, 'YYYY-MM')`.as("month"),
      updatedAt: posts.updatedAt,
    })
    .from(posts)
    .where(isPublic)
    .as("local");
  const rows = await db
    .select({ month: local.month, count: count(), lastModified: max(local.updatedAt) })
    .from(local)
    .groupBy(local.month)
    .orderBy(desc(local.month));
  return rows.map((r) => {
    const [year, month] = r.month.split("-").map(Number);
    return { year: year!, month: month!, count: Number(r.count), lastModified: new Date(r.lastModified!) };
  });
}

/** One public post with everything its page shows, or null if readers may not see it. */
export async function getPublishedPostBySlug({ slug }: { slug: string }): Promise<PostDetail | null> {
  const [row] = await selectPostSummaries({
    body: posts.body,
    updatedAt: posts.updatedAt,
    commentsMode: posts.commentsMode,
  })
    .where(and(isPublic, eq(posts.slug, slug)))
    .limit(1);
  if (!row) return null;
  return {
    ...toSummary(row),
    body: row.body,
    updatedAt: row.updatedAt,
    commentsMode: row.commentsMode,
    tags: await listPostTags({ postId: row.id }),
  };
}

/** Whether /posts/<slug> shows something: a public post with that slug, or one that had it before a rename. */
export async function postAddressExists({ slug }: { slug: string }): Promise<boolean> {
  const db = getDb();
  const renamed = db
    .select({ id: postSlugRedirects.postId })
    .from(postSlugRedirects)
    .where(eq(postSlugRedirects.slug, slug));
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(isPublic, or(eq(posts.slug, slug), inArray(posts.id, renamed))))
    .limit(1);
  return row !== undefined;
}

/** A post's tags, by name. */
export async function listPostTags({ postId }: { postId: string }): Promise<{ slug: string; name: string }[]> {
  return getDb()
    .select({ slug: tags.slug, name: tags.name })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, postId))
    .orderBy(asc(tags.name));
}

/** Slugs of the newest public posts (for prerendering at build time). */
export async function listPublishedPostSlugs({ limit }: { limit: number }): Promise<string[]> {
  const rows = await getDb()
    .select({ slug: posts.slug })
    .from(posts)
    .where(isPublic)
    .orderBy(desc(posts.publishedAt))
    .limit(limit);
  return rows.map((r) => r.slug);
}

/**
 * When the next scheduled post becomes public, or null. Cached public pages live no longer than
 * this, which is how a scheduled post appears on time with no job running.
 */
export async function getNextScheduledPublication(): Promise<Date | null> {
  const [row] = await getDb()
    .select({ at: posts.publishedAt })
    .from(posts)
    .where(and(eq(posts.status, "published"), gt(posts.publishedAt, sql`now()`)))
    .orderBy(asc(posts.publishedAt))
    .limit(1);
  return row?.at ?? null;
}
