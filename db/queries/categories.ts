import "server-only";
import { and, asc, count, eq, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../index";
import { categories, categorySlugRedirects, posts } from "../schema";
import { isPublic } from "./visibility";
import type { TaxonomyItem, TaxonomyWrite, TermFields } from "./taxonomy";

export type Category = { id: string; slug: string; name: string; description: string };
export type CategoryWithCount = Category & { postCount: number };

/** Every category by name, with the number of its posts that match `counted` (all of them without). */
function listCategoriesCounting(counted?: SQL) {
  return getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      postCount: count(posts.id),
    })
    .from(categories)
    .leftJoin(posts, and(eq(posts.categoryId, categories.id), counted))
    .groupBy(categories.id)
    .orderBy(asc(categories.name));
}

/** Every category with its number of public posts, by name. */
export async function listCategories(): Promise<CategoryWithCount[]> {
  return listCategoriesCounting(isPublic);
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

/** Every category with its number of posts in any state, by name. */
export async function listCategoriesForEditors(): Promise<TaxonomyItem[]> {
  return listCategoriesCounting();
}

/** Creates a category; refused when its name or slug is taken. */
export async function createCategory(fields: TermFields): Promise<TaxonomyWrite> {
  const rows = await getDb()
    .insert(categories)
    .values(fields)
    .onConflictDoNothing()
    .returning({ slug: categories.slug });
  return rows[0] ? { ok: true, slug: rows[0].slug, previousSlug: null } : { ok: false, reason: "taken" };
}

/** Renames a category; a changed slug keeps the old address as a redirect. */
export async function updateCategory({ id, ...fields }: TermFields & { id: string }): Promise<TaxonomyWrite> {
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ slug: categories.slug })
      .from(categories)
      .where(eq(categories.id, id))
      .for("update");
    if (!current) return { ok: false, reason: "not-found" } as const;
    const [clash] = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(and(ne(categories.id, id), or(eq(categories.slug, fields.slug), eq(categories.name, fields.name))));
    if (clash) return { ok: false, reason: "taken" } as const;
    await tx.update(categories).set(fields).where(eq(categories.id, id));
    await tx.delete(categorySlugRedirects).where(eq(categorySlugRedirects.slug, fields.slug));
    const previousSlug = current.slug !== fields.slug ? current.slug : null;
    if (previousSlug) {
      await tx
        .insert(categorySlugRedirects)
        .values({ slug: previousSlug, categoryId: id })
        .onConflictDoUpdate({ target: categorySlugRedirects.slug, set: { categoryId: id } });
    }
    return { ok: true, slug: fields.slug, previousSlug } as const;
  });
}

/**
 * Deletes a category. While posts use it, they must be moved to `moveTo` in the same
 * transaction; without one the delete is refused.
 */
export async function deleteCategory({
  id,
  moveTo,
}: {
  id: string;
  moveTo?: string;
}): Promise<{ ok: true; slugs: string[] } | { ok: false; reason: "not-found" | "in-use" | "bad-target" }> {
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ slug: categories.slug })
      .from(categories)
      .where(eq(categories.id, id))
      .for("update");
    if (!current) return { ok: false, reason: "not-found" } as const;
    const [used] = await tx.select({ n: count() }).from(posts).where(eq(posts.categoryId, id));
    const slugs = [current.slug];
    if ((used?.n ?? 0) > 0) {
      if (!moveTo) return { ok: false, reason: "in-use" } as const;
      const [target] =
        moveTo === id
          ? []
          : await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, moveTo));
      if (!target) return { ok: false, reason: "bad-target" } as const;
      await tx
        .update(posts)
        .set({ categoryId: moveTo, updatedAt: sql`now()` })
        .where(eq(posts.categoryId, id));
      slugs.push(target.slug);
    }
    await tx.delete(categories).where(eq(categories.id, id));
    return { ok: true, slugs } as const;
  });
}
