import "server-only";
import { and, asc, desc, eq, max } from "drizzle-orm";
import { getDb } from "../index";
import { categories, posts } from "../schema";
import { listAuthors } from "./authors";
import { listPublicTags } from "./tags";
import { isPublic } from "./visibility";

export type SitemapEntries = {
  posts: { slug: string; lastModified: Date }[];
  categories: { slug: string; lastModified: Date }[];
  tags: { slug: string; lastModified: Date }[];
  authors: { slug: string; lastModified: Date }[];
};

/**
 * Every public page's address and when it last changed: public posts, and the categories, tags
 * and authors that have public posts (an empty category's page says "nothing yet" and is left
 * out). Drafts and scheduled posts are never here: isPublic decides, as everywhere.
 */
export async function listSitemapEntries(): Promise<SitemapEntries> {
  const db = getDb();
  const [postRows, categoryRows, tagRows, authorRows] = await Promise.all([
    db
      .select({ slug: posts.slug, lastModified: posts.updatedAt })
      .from(posts)
      .where(isPublic)
      .orderBy(desc(posts.publishedAt)),
    db
      .select({ slug: categories.slug, lastModified: max(posts.updatedAt) })
      .from(categories)
      .innerJoin(posts, and(eq(posts.categoryId, categories.id), isPublic))
      .groupBy(categories.id)
      .orderBy(asc(categories.slug)),
    listPublicTags(),
    listAuthors(),
  ]);
  return {
    posts: postRows,
    categories: categoryRows.map((c) => ({ slug: c.slug, lastModified: c.lastModified! })),
    tags: tagRows.map((t) => ({ slug: t.slug, lastModified: t.lastModified })),
    authors: authorRows.map((a) => ({ slug: a.slug, lastModified: a.lastModified })),
  };
}
