import "server-only";
import { and, asc, count, eq, max } from "drizzle-orm";
import { getDb } from "../index";
import { posts, postTags, tags } from "../schema";
import { isPublic } from "./visibility";

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
