import "server-only";
import { and, asc, count, eq, isNull, max, sql } from "drizzle-orm";
import { slugFor } from "@/lib/slug";
import { getDb, type Transaction } from "../index";
import { posts, users } from "../schema";
import { isPublic } from "./visibility";

export type Author = {
  id: string;
  slug: string;
  name: string;
  image: string | null;
  bio: string | null;
  postCount: number;
};

/** An author with at least one public post, by their page's slug, or null. */
export async function getAuthorBySlug({ slug }: { slug: string }): Promise<Author | null> {
  const [row] = await getDb()
    .select({
      id: users.id,
      slug: users.slug,
      name: users.name,
      image: users.image,
      bio: users.bio,
      postCount: count(posts.id),
    })
    .from(users)
    .innerJoin(posts, and(eq(posts.authorId, users.id), isPublic))
    .where(eq(users.slug, slug))
    .groupBy(users.id);
  return row ? { ...row, slug: row.slug!, postCount: Number(row.postCount) } : null;
}

/** Everyone with public posts, by name, with when their newest public post changed. */
export async function listAuthors(): Promise<(Author & { lastModified: Date })[]> {
  const rows = await getDb()
    .select({
      id: users.id,
      slug: users.slug,
      name: users.name,
      image: users.image,
      bio: users.bio,
      postCount: count(posts.id),
      lastModified: max(posts.updatedAt),
    })
    .from(users)
    .innerJoin(posts, and(eq(posts.authorId, users.id), isPublic))
    .where(sql`${users.slug} is not null`)
    .groupBy(users.id)
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, slug: r.slug!, postCount: Number(r.postCount), lastModified: r.lastModified! }));
}

/**
 * Gives a person their author page address when they write their first post: their name as a
 * slug, numbered if someone has it already. Runs in the saving transaction.
 */
export async function ensureAuthorSlug(tx: Transaction, userId: string): Promise<void> {
  const [user] = await tx
    .select({ name: users.name, slug: users.slug })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!user || user.slug) return;
  const base = slugFor(user.name).slice(0, 100).replace(/-+$/, "") || "author";
  const taken = await tx
    .select({ slug: users.slug })
    .from(users)
    .where(sql`${users.slug} = ${base} or ${users.slug} like ${`${base}-%`}`);
  const used = new Set(taken.map((t) => t.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  await tx
    .update(users)
    .set({ slug })
    .where(and(eq(users.id, userId), isNull(users.slug)));
}
