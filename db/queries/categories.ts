import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "../index";
import { categories, posts } from "../schema";
import { isPublic } from "./visibility";

export type Category = { id: string; slug: string; name: string; description: string };
export type CategoryWithCount = Category & { postCount: number };

/** Every category with its number of public posts, by name. */
export async function listCategories(): Promise<CategoryWithCount[]> {
  const rows = await getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      postCount: count(posts.id),
    })
    .from(categories)
    .leftJoin(posts, and(eq(posts.categoryId, categories.id), isPublic))
    .groupBy(categories.id)
    .orderBy(asc(categories.name));
  return rows;
}

/** One category by slug, or null. */
export async function getCategoryBySlug({ slug }: { slug: string }): Promise<Category | null> {
  const [row] = await getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
    })
    .from(categories)
    .where(eq(categories.slug, slug))
    .limit(1);
  return row ?? null;
}
