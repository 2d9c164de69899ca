import "server-only";
import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "../index";
import { categories, images, postRevisions, postSlugRedirects, posts, postTags } from "../schema";
import { ensureAuthorSlug } from "./authors";
import { isUniqueViolation, refused, type Refused } from "./errors";
import { selectPostSummaries, toSummary, type ImageRef, type PostDetail } from "./post-summary";
import { listPostTags } from "./posts";
import type { CommentsMode } from "../enums";
import { postState, type PostState } from "./admin-posts";
import { ensureTags } from "./tags";

export type EditablePost = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  categoryId: string;
  tags: string[];
  cover: ImageRef | null;
  commentsMode: CommentsMode;
  state: PostState;
  publishedAt: Date | null;
  updatedAt: Date;
  version: number;
};

/** A post as the editor loads it, whatever its state, or null. */
export async function getPostForEditing({ id }: { id: string }): Promise<EditablePost | null> {
  const db = getDb();
  const [row] = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      excerpt: posts.excerpt,
      body: posts.body,
      categoryId: posts.categoryId,
      commentsMode: posts.commentsMode,
      state: postState,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      version: posts.version,
      coverId: images.id,
      coverWidth: images.width,
      coverHeight: images.height,
      coverAlt: images.alt,
    })
    .from(posts)
    .leftJoin(images, eq(images.id, posts.coverImageId))
    .where(eq(posts.id, id));
  if (!row) return null;
  const tagRows = await listPostTags({ postId: id });
  const { coverId, coverWidth, coverHeight, coverAlt, ...rest } = row;
  return {
    ...rest,
    tags: tagRows.map((t) => t.name),
    cover: coverId ? { id: coverId, width: coverWidth!, height: coverHeight!, alt: coverAlt! } : null,
  };
}

/**
 * What a save does to the post's publication: keep it as it is, make it a draft (unpublish),
 * publish it now, or schedule it for a future moment.
 */
export type Publication = { kind: "keep" } | { kind: "draft" } | { kind: "now" } | { kind: "schedule"; at: Date };

export type PostInput = {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  categoryId: string;
  tags: string[];
  coverImageId: string | null;
  commentsMode: CommentsMode;
};

export type SavePostArgs = {
  /** Absent to create a post. */
  id?: string;
  /** The version the editor loaded; a save over a newer one is refused. */
  version?: number;
  input: PostInput;
  publication: Publication;
  editorId: string;
};

export type SavePostResult =
  | { ok: true; id: string; slug: string; previousSlug: string | null; version: number; state: PostState }
  | { ok: false; reason: "not-found" | "stale" | "slug-taken" | "unknown-category" | "unknown-image" | "past-date" };

/**
 * Creates a post (no id) or saves one at the version the editor loaded. In one transaction: the
 * post, its tags (created when new), a revision of the text, and a redirect from the old slug
 * when a post that readers could reach changes its address.
 */
export async function storePost(args: SavePostArgs): Promise<SavePostResult> {
  try {
    return await savePostInTransaction(args);
  } catch (error) {
    // Another post took the slug between our check and our write: the unique index decided.
    if (isUniqueViolation(error)) return { ok: false, reason: "slug-taken" };
    throw error;
  }
}

function savePostInTransaction({ id, version, input, publication, editorId }: SavePostArgs): Promise<SavePostResult> {
  return getDb().transaction(async (tx) => {
    let current:
      | { slug: string; status: "draft" | "published"; publishedAt: Date | null; version: number; wasPublic: boolean }
      | undefined;
    if (id) {
      [current] = await tx
        .select({
          slug: posts.slug,
          status: posts.status,
          publishedAt: posts.publishedAt,
          version: posts.version,
          wasPublic: sql<boolean>`${posts.status} = 'published' and ${posts.publishedAt} <= now()`,
        })
        .from(posts)
        .where(eq(posts.id, id))
        .for("update");
      if (!current) return { ok: false, reason: "not-found" } as const;
      if (version !== undefined && current.version !== version) return { ok: false, reason: "stale" } as const;
    }

    const [taken] = await tx
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.slug, input.slug), id ? ne(posts.id, id) : undefined))
      .limit(1);
    if (taken) return { ok: false, reason: "slug-taken" } as const;
    const [category] = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.id, input.categoryId));
    if (!category) return { ok: false, reason: "unknown-category" } as const;
    if (input.coverImageId) {
      const [cover] = await tx.select({ id: images.id }).from(images).where(eq(images.id, input.coverImageId));
      if (!cover) return { ok: false, reason: "unknown-image" } as const;
    }

    let status = current?.status ?? "draft";
    let publishedAt: Date | SQL | null = current?.publishedAt ?? null;
    if (publication.kind === "draft") {
      status = "draft";
      publishedAt = null;
    } else if (publication.kind === "now") {
      status = "published";
      publishedAt = sql`now()`;
    } else if (publication.kind === "schedule") {
      if (publication.at.getTime() <= Date.now()) return { ok: false, reason: "past-date" } as const;
      status = "published";
      publishedAt = publication.at;
    }

    const values = {
      title: input.title,
      slug: input.slug,
      excerpt: input.excerpt,
      body: input.body,
      categoryId: input.categoryId,
      coverImageId: input.coverImageId,
      commentsMode: input.commentsMode,
      status,
      publishedAt,
    };
    // A person's first post gives them an author page.
    if (!id) await ensureAuthorSlug(tx, editorId);
    const [saved] = id
      ? await tx
          .update(posts)
          .set({ ...values, version: sql`${posts.version} + 1` })
          .where(eq(posts.id, id))
          .returning({ id: posts.id, version: posts.version, state: postState })
      : await tx
          .insert(posts)
          .values({ ...values, authorId: editorId })
          .returning({ id: posts.id, version: posts.version, state: postState });
    const postId = saved!.id;

    await tx.delete(postTags).where(eq(postTags.postId, postId));
    const tagIds = await ensureTags(tx, input.tags);
    if (tagIds.length > 0) await tx.insert(postTags).values(tagIds.map((tagId) => ({ postId, tagId })));

    await tx
      .insert(postRevisions)
      .values({ postId, title: input.title, excerpt: input.excerpt, body: input.body, savedById: editorId });

    // The new address belongs to this post now; the old one redirects if readers could have it.
    await tx.delete(postSlugRedirects).where(eq(postSlugRedirects.slug, input.slug));
    const previousSlug = current && current.slug !== input.slug ? current.slug : null;
    if (previousSlug && current?.wasPublic) {
      await tx
        .insert(postSlugRedirects)
        .values({ slug: previousSlug, postId })
        .onConflictDoUpdate({ target: postSlugRedirects.slug, set: { postId } });
    }
    return {
      ok: true,
      id: postId,
      slug: input.slug,
      previousSlug,
      version: saved!.version,
      state: saved!.state,
    } as const;
  });
}

/** Deletes a post with its comments, likes, revisions and redirects; answers its slug. */
export async function removePost({ id }: { id: string }): Promise<{ ok: true; slug: string } | Refused<"not-found">> {
  const [row] = await getDb().delete(posts).where(eq(posts.id, id)).returning({ slug: posts.slug });
  return row ? { ok: true, slug: row.slug } : refused("not-found");
}

/** A post of any state shaped as its public page shows it (for editors' previews), or null. */
export async function getPostForPreview({ id }: { id: string }): Promise<(PostDetail & { state: PostState }) | null> {
  const [row] = await selectPostSummaries({
    body: posts.body,
    updatedAt: posts.updatedAt,
    commentsMode: posts.commentsMode,
    state: postState,
  }).where(eq(posts.id, id));
  if (!row) return null;
  return {
    // A draft shows the moment it would go out if published now.
    ...toSummary({ ...row, publishedAt: row.publishedAt ?? new Date() }),
    body: row.body,
    updatedAt: row.updatedAt,
    commentsMode: row.commentsMode,
    state: row.state,
    tags: await listPostTags({ postId: id }),
  };
}
