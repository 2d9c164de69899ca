import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../index";
import { authorSlugRedirects, categories, categorySlugRedirects, postSlugRedirects, posts, users } from "../schema";
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

/** The current address of an author whose page used to be at `slug`, or null. */
export async function getAuthorRedirect({ slug }: { slug: string }): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: users.slug })
    .from(authorSlugRedirects)
    .innerJoin(users, eq(users.id, authorSlugRedirects.userId))
    .where(and(eq(authorSlugRedirects.slug, slug), isNull(users.deletedAt)));
  return row?.slug ?? null;
}
