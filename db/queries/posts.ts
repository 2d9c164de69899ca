import "server-only";
import { and, asc, count, desc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "../index";
import { categories, images, posts, postTags, tags, users } from "../schema";
import { bodyWordCount, isPublic, likeCount, visibleCommentCount } from "./visibility";

export type ImageRef = { id: string; width: number; height: number; alt: string };

export type PostSummary = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  words: number;
  category: { slug: string; name: string };
  author: { name: string };
  cover: ImageRef | null;
  likeCount: number;
  commentCount: number;
};

export type PostDetail = PostSummary & {
  body: string;
  updatedAt: Date;
  commentsMode: "open" | "locked" | "off";
  tags: { slug: string; name: string }[];
};

/** The columns a post summary needs (from posts joined with categories, users and images). */
export const summaryColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  excerpt: posts.excerpt,
  publishedAt: posts.publishedAt,
  words: bodyWordCount,
  categorySlug: categories.slug,
  categoryName: categories.name,
  authorName: users.name,
  coverId: images.id,
  coverWidth: images.width,
  coverHeight: images.height,
  coverAlt: images.alt,
  likeCount,
  commentCount: visibleCommentCount,
};

/** A summary from a row of `summaryColumns`. */
export function toSummary(row: {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  words: number;
  categorySlug: string;
  categoryName: string;
  authorName: string;
  coverId: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverAlt: string | null;
  likeCount: number;
  commentCount: number;
}): PostSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    // Public queries only return posts with a publication date (a check constraint holds it).
    publishedAt: row.publishedAt!,
    words: Number(row.words),
    category: { slug: row.categorySlug, name: row.categoryName },
    author: { name: row.authorName },
    cover:
      row.coverId === null
        ? null
        : { id: row.coverId, width: row.coverWidth!, height: row.coverHeight!, alt: row.coverAlt! },
    likeCount: Number(row.likeCount),
    commentCount: Number(row.commentCount),
  };
}

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number; pageCount: number };

/** A page of results with the count of pages (at least one, so an empty list has page 1 of 1). */
export function pageOf<T>(items: T[], { page, pageSize, total }: { page: number; pageSize: number; total: number }): Page<T> {
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Public posts, newest first, a page at a time; optionally only one category's. */
export async function listPublishedPosts({
  page = 1,
  pageSize = 9,
  categorySlug,
  offset = 0,
}: {
  page?: number;
  pageSize?: number;
  categorySlug?: string;
  /** Posts to skip before paging (the home page features the newest one above its grid). */
  offset?: number;
}): Promise<Page<PostSummary>> {
  const db = getDb();
  const where = categorySlug ? and(isPublic, eq(categories.slug, categorySlug)) : isPublic;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(posts)
      .innerJoin(categories, eq(categories.id, posts.categoryId))
      .innerJoin(users, eq(users.id, posts.authorId))
      .leftJoin(images, eq(images.id, posts.coverImageId))
      .where(where)
      .orderBy(desc(posts.publishedAt), desc(posts.id))
      .limit(pageSize)
      .offset(offset + (page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(posts)
      .innerJoin(categories, eq(categories.id, posts.categoryId))
      .where(where),
  ]);
  const total = Math.max(0, (totalRow?.n ?? 0) - offset);
  return pageOf(rows.map(toSummary), { page, pageSize, total });
}

/** One public post with everything its page shows, or null if readers may not see it. */
export async function getPublishedPostBySlug({ slug }: { slug: string }): Promise<PostDetail | null> {
  const db = getDb();
  const [row] = await db
    .select({
      ...summaryColumns,
      body: posts.body,
      updatedAt: posts.updatedAt,
      commentsMode: posts.commentsMode,
    })
    .from(posts)
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(images, eq(images.id, posts.coverImageId))
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

