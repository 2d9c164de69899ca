import "server-only";
import { refused, type Refused } from "./errors";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "../index";
import { postRevisions, posts, users } from "../schema";

export type RevisionSummary = { id: string; title: string; createdAt: Date; savedBy: string | null };

/** A post's revisions, newest first. */
export async function listRevisions({ postId }: { postId: string }): Promise<RevisionSummary[]> {
  return getDb()
    .select({
      id: postRevisions.id,
      title: postRevisions.title,
      createdAt: postRevisions.createdAt,
      savedBy: users.name,
    })
    .from(postRevisions)
    .leftJoin(users, eq(users.id, postRevisions.savedById))
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.createdAt), desc(postRevisions.id));
}

/** One revision of a post, or null. */
export async function getRevision({ postId, revisionId }: { postId: string; revisionId: string }) {
  const [row] = await getDb()
    .select({
      id: postRevisions.id,
      title: postRevisions.title,
      excerpt: postRevisions.excerpt,
      body: postRevisions.body,
      createdAt: postRevisions.createdAt,
    })
    .from(postRevisions)
    .where(and(eq(postRevisions.id, revisionId), eq(postRevisions.postId, postId)));
  return row ?? null;
}

/**
 * Puts a revision's title, excerpt and body back as the post's text (a save like any other: it
 * bumps the version and is itself kept as a revision). Returns the post's slug, or null.
 */
export async function copyRevisionToPost({
  postId,
  revisionId,
  editorId,
}: {
  postId: string;
  revisionId: string;
  editorId: string;
}): Promise<{ ok: true; slug: string } | Refused<"not-found">> {
  return getDb().transaction(async (tx) => {
    const [revision] = await tx
      .select({ title: postRevisions.title, excerpt: postRevisions.excerpt, body: postRevisions.body })
      .from(postRevisions)
      .where(and(eq(postRevisions.id, revisionId), eq(postRevisions.postId, postId)));
    if (!revision) return refused("not-found");
    const [post] = await tx
      .update(posts)
      .set({ ...revision, version: sql`${posts.version} + 1` })
      .where(eq(posts.id, postId))
      .returning({ slug: posts.slug });
    if (!post) return refused("not-found");
    await tx.insert(postRevisions).values({ postId, ...revision, savedById: editorId });
    return { ok: true, slug: post.slug };
  });
}
