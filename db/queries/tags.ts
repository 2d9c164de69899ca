import "server-only";
import { and, asc, count, eq, inArray, max, ne, or, sql } from "drizzle-orm";
import { slugFor } from "@/lib/slug";
import { getDb, type Transaction } from "../index";
import { posts, postTags, tags } from "../schema";
import { isPublic } from "./visibility";
import type { TaxonomyItem, TaxonomyWrite, TermFields } from "./taxonomy";

export type Tag = { slug: string; name: string; postCount: number };

/** A tag that at least one public post carries, or null. */
export async function getTagBySlug({ slug }: { slug: string }): Promise<Tag | null> {
  const [row] = await getDb()
    .select({ slug: tags.slug, name: tags.name, postCount: count(posts.id) })
    .from(tags)
    .innerJoin(postTags, eq(postTags.tagId, tags.id))
    .innerJoin(posts, and(eq(posts.id, postTags.postId), isPublic))
    .where(eq(tags.slug, slug))
    .groupBy(tags.id);
  return row ? { ...row, postCount: Number(row.postCount) } : null;
}

/** Tags on public posts, by name, with their counts and when their newest post changed. */
export async function listPublicTags(): Promise<(Tag & { lastModified: Date })[]> {
  const rows = await getDb()
    .select({ slug: tags.slug, name: tags.name, postCount: count(posts.id), lastModified: max(posts.updatedAt) })
    .from(tags)
    .innerJoin(postTags, eq(postTags.tagId, tags.id))
    .innerJoin(posts, and(eq(posts.id, postTags.postId), isPublic))
    .groupBy(tags.id)
    .orderBy(asc(tags.name));
  return rows.map((r) => ({ ...r, postCount: Number(r.postCount), lastModified: r.lastModified! }));
}

/** Every tag name, for the editor's suggestions. */
export async function listTagNames(): Promise<string[]> {
  const rows = await getDb().select({ name: tags.name }).from(tags).orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}

/** Ids of the tags with these names, creating the ones that do not exist yet. */
export async function ensureTags(tx: Transaction, names: string[]): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = slugFor(name);
    if (slug && !wanted.has(slug)) wanted.set(slug, name.trim());
  }
  if (wanted.size === 0) return [];
  await tx
    .insert(tags)
    .values([...wanted].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing();
  const rows = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(inArray(tags.slug, [...wanted.keys()]));
  return rows.map((r) => r.id);
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

/** Creates a tag; refused when its name or slug is taken. */
export async function createTag({ name, slug }: Omit<TermFields, "description">): Promise<TaxonomyWrite> {
  const rows = await getDb().insert(tags).values({ name, slug }).onConflictDoNothing().returning({ slug: tags.slug });
  return rows[0] ? { ok: true, slug: rows[0].slug, previousSlug: null } : { ok: false, reason: "taken" };
}

/** Renames a tag. */
export async function renameTag({
  id,
  name,
  slug,
}: Omit<TermFields, "description"> & { id: string }): Promise<TaxonomyWrite> {
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
