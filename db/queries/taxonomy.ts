import "server-only";
import { and, asc, count, eq, ne, or, sql } from "drizzle-orm";
import { getDb } from "../index";
import { categories, categorySlugRedirects, posts, postTags, tags } from "../schema";

export type TaxonomyItem = { id: string; slug: string; name: string; description: string; postCount: number };

/** Every category with its number of posts in any state, by name. */
export async function listCategoriesForEditors(): Promise<TaxonomyItem[]> {
  return getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      postCount: count(posts.id),
    })
    .from(categories)
    .leftJoin(posts, eq(posts.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.name));
}

/** Every tag with its number of posts in any state, by name. */
export async function listTagsForEditors(): Promise<TaxonomyItem[]> {
  const rows = await getDb()
    .select({ id: tags.id, slug: tags.slug, name: tags.name, postCount: count(postTags.postId) })
    .from(tags)
    .leftJoin(postTags, eq(postTags.tagId, tags.id))
    .groupBy(tags.id)
    .orderBy(asc(tags.name));
  return rows.map((r) => ({ ...r, description: "" }));
}

type Fields = { name: string; slug: string; description: string };
export type TaxonomyWrite =
  { ok: true; slug: string; previousSlug: string | null } | { ok: false; reason: "taken" | "not-found" };

/** Creates a category; refused when its name or slug is taken. */
export async function createCategory(fields: Fields): Promise<TaxonomyWrite> {
  const rows = await getDb()
    .insert(categories)
    .values(fields)
    .onConflictDoNothing()
    .returning({ slug: categories.slug });
  return rows[0] ? { ok: true, slug: rows[0].slug, previousSlug: null } : { ok: false, reason: "taken" };
}

/** Renames a category; a changed slug keeps the old address as a redirect. */
export async function updateCategory({ id, ...fields }: Fields & { id: string }): Promise<TaxonomyWrite> {
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

/** Where an old category address now points, or null. */
export async function getCategoryRedirect({ slug }: { slug: string }): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: categories.slug })
    .from(categorySlugRedirects)
    .innerJoin(categories, eq(categories.id, categorySlugRedirects.categoryId))
    .where(eq(categorySlugRedirects.slug, slug));
  return row?.slug ?? null;
}

/** Creates a tag; refused when its name or slug is taken. */
export async function createTag({ name, slug }: Omit<Fields, "description">): Promise<TaxonomyWrite> {
  const rows = await getDb().insert(tags).values({ name, slug }).onConflictDoNothing().returning({ slug: tags.slug });
  return rows[0] ? { ok: true, slug: rows[0].slug, previousSlug: null } : { ok: false, reason: "taken" };
}

/** Renames a tag. */
export async function renameTag({
  id,
  name,
  slug,
}: Omit<Fields, "description"> & { id: string }): Promise<TaxonomyWrite> {
  return getDb().transaction(async (tx) => {
    const [current] = await tx.select({ slug: tags.slug }).from(tags).where(eq(tags.id, id)).for("update");
    if (!current) return { ok: false, reason: "not-found" } as const;
    const [clash] = await tx
      .select({ id: tags.id })
      .from(tags)
      .where(and(ne(tags.id, id), or(eq(tags.slug, slug), eq(tags.name, name))));
    if (clash) return { ok: false, reason: "taken" } as const;
    await tx.update(tags).set({ name, slug }).where(eq(tags.id, id));
    return { ok: true, slug, previousSlug: current.slug !== slug ? current.slug : null } as const;
  });
}

/**
 * Deletes a tag. While posts use it, they must be given `moveTo` instead (merging the two);
 * without one the delete is refused.
 */
export async function deleteTag({
  id,
  moveTo,
}: {
  id: string;
  moveTo?: string;
}): Promise<{ ok: true } | { ok: false; reason: "not-found" | "in-use" | "bad-target" }> {
  return getDb().transaction(async (tx) => {
    const [current] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.id, id)).for("update");
    if (!current) return { ok: false, reason: "not-found" } as const;
    const [used] = await tx.select({ n: count() }).from(postTags).where(eq(postTags.tagId, id));
    if ((used?.n ?? 0) > 0) {
      if (!moveTo) return { ok: false, reason: "in-use" } as const;
      const [target] = moveTo === id ? [] : await tx.select({ id: tags.id }).from(tags).where(eq(tags.id, moveTo));
      if (!target) return { ok: false, reason: "bad-target" } as const;
      await tx.execute(
        sql`insert into ${postTags} (post_id, tag_id) select post_id, ${moveTo} from ${postTags} where tag_id = ${id} on conflict do nothing`,
      );
      await tx.delete(postTags).where(eq(postTags.tagId, id));
    }
    await tx.delete(tags).where(eq(tags.id, id));
    return { ok: true } as const;
  });
}
