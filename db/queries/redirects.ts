import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../index";
import { categories, categorySlugRedirects, postSlugRedirects, posts } from "../schema";
import { isPublic } from "./visibility";

/** Where an old post address now points, or null. */
export async function getPostRedirect({ slug }: { slug: string }): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: posts.slug })
    .from(postSlugRedirects)
    .innerJoin(posts, eq(posts.id, postSlugRedirects.postId))
    .where(and(eq(postSlugRedirects.slug, slug), isPublic))
    .limit(1);
  return row?.slug ?? null;
}

/** Where an old category address now points, or null. */
export async function getCategoryRedirect({ slug }: { slug: string }): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: categories.slug })
    .from(categorySlugRedirects)
    .innerJoin(categories, eq(categories.id, categorySlugRedirects.categoryId))
    .where(eq(categorySlugRedirects.slug, slug));
  return row?.slug ?? null;
}
