import "server-only";
import { eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import { getDb } from "../index";
import { categories, images, posts, users } from "../schema";
import { bodyWordCount, likeCount, visibleCommentCount } from "./visibility";
import type { CommentsMode } from "../enums";

export type ImageRef = { id: string; width: number; height: number; alt: string };

export type PostSummary = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  words: number;
  category: { slug: string; name: string };
  author: { name: string; slug: string | null };
  cover: ImageRef | null;
  likeCount: number;
  commentCount: number;
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
  authorSlug: users.slug,
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
  authorSlug: string | null;
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
    author: { name: row.authorName, slug: row.authorSlug },
    cover:
      row.coverId === null
        ? null
        : { id: row.coverId, width: row.coverWidth!, height: row.coverHeight!, alt: row.coverAlt! },
    likeCount: Number(row.likeCount),
    commentCount: Number(row.commentCount),
  };
}

export type PostDetail = PostSummary & {
  body: string;
  updatedAt: Date;
  commentsMode: CommentsMode;
  tags: { slug: string; name: string }[];
};

/**
 * Posts joined with what their cards show (category, author, cover), selecting the summary's
 * columns and any `extra` ones; the caller adds where, order and limit.
 */
export function selectPostSummaries<Extra extends SelectedFields = Record<never, never>>(extra?: Extra) {
  return getDb()
    .select({ ...summaryColumns, ...(extra as Extra) })
    .from(posts)
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(images, eq(images.id, posts.coverImageId));
}
