import "server-only";
import { and, asc, count, desc, eq, gt, ilike, inArray, ne, sql, type SQL } from "drizzle-orm";
import { slugFor } from "@/lib/slug";
import { getDb, type Transaction } from "../index";
import { categories, images, postRevisions, postSlugRedirects, posts, postTags, tags, users } from "../schema";
import { ensureAuthorSlug } from "./authors";
import { isUniqueViolation } from "./errors";
import { containsPattern } from "./patterns";
import { listPostTags, pageOf, summaryColumns, toSummary, type ImageRef, type Page, type PostDetail } from "./posts";
import { isPublic, likeCount, visibleCommentCount } from "./visibility";
import type { CommentsMode } from "../enums";

export type PostState = "draft" | "scheduled" | "published";

/** draft, scheduled (published with a future date) or published, computed by the database clock. */
const postState = sql<PostState>`case when ${posts.status} = 'draft' then 'draft' when ${posts.publishedAt} > now() then 'scheduled' else 'published' end`;

const stateFilter: Record<PostState, SQL | undefined> = {
  draft: eq(posts.status, "draft"),
  scheduled: and(eq(posts.status, "published"), gt(posts.publishedAt, sql`now()`)),
  published: isPublic,
};

export type EditorPostRow = {
  id: string;
  slug: string;
  title: string;
  state: PostState;
  publishedAt: Date | null;
  updatedAt: Date;
  category: string;
  author: string;
  likeCount: number;
  commentCount: number;
};

/** Every post, whatever its state, for the admin list: filtered, searched by title, newest change first. */
export async function listPostsForEditors({
  state,
  categoryId,
  query,
  page = 1,
  pageSize = 20,
}: {
  state?: PostState;
  categoryId?: string;
  query?: string;
  page?: number;
  pageSize?: number;
}): Promise<Page<EditorPostRow>> {
  const db = getDb();
  const where = and(
    state ? stateFilter[state] : undefined,
    categoryId ? eq(posts.categoryId, categoryId) : undefined,
    query ? ilike(posts.title, containsPattern(query)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: posts.id,
        slug: posts.slug,
        title: posts.title,
        state: postState,
        publishedAt: posts.publishedAt,
        updatedAt: posts.updatedAt,
        category: categories.name,
        author: users.name,
        likeCount,
        commentCount: visibleCommentCount,
      })
      .from(posts)
      .innerJoin(categories, eq(categories.id, posts.categoryId))
      .innerJoin(users, eq(users.id, posts.authorId))
      .where(where)
      .orderBy(desc(posts.updatedAt), desc(posts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(posts).where(where),
  ]);
  return pageOf(
    rows.map((r) => ({ ...r, likeCount: Number(r.likeCount), commentCount: Number(r.commentCount) })),
    { page, pageSize, total: total?.n ?? 0 },
  );
}

/** Numbers of posts in each state. */
export async function countPostsByState(): Promise<Record<PostState, number>> {
  const rows = await getDb().select({ state: postState, n: count() }).from(posts).groupBy(postState);
  const counts: Record<PostState, number> = { draft: 0, scheduled: 0, published: 0 };
  for (const row of rows) counts[row.state] = row.n;
  return counts;
}

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

/** Ids of the tags with these names, creating the ones that do not exist yet. */
async function ensureTags(tx: Transaction, names: string[]): Promise<string[]> {
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

/** Deletes a post with its comments, likes, revisions and redirects; returns its slug, or null. */
export async function removePost({ id }: { id: string }): Promise<{ slug: string } | null> {
  const [row] = await getDb().delete(posts).where(eq(posts.id, id)).returning({ slug: posts.slug });
  return row ?? null;
}

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
}): Promise<{ slug: string } | null> {
  return getDb().transaction(async (tx) => {
    const [revision] = await tx
      .select({ title: postRevisions.title, excerpt: postRevisions.excerpt, body: postRevisions.body })
      .from(postRevisions)
      .where(and(eq(postRevisions.id, revisionId), eq(postRevisions.postId, postId)));
    if (!revision) return null;
    const [post] = await tx
      .update(posts)
      .set({ ...revision, version: sql`${posts.version} + 1` })
      .where(eq(posts.id, postId))
      .returning({ slug: posts.slug });
    if (!post) return null;
    await tx.insert(postRevisions).values({ postId, ...revision, savedById: editorId });
    return post;
  });
}

/** A post of any state shaped as its public page shows it (for editors' previews), or null. */
export async function getPostForPreview({ id }: { id: string }): Promise<(PostDetail & { state: PostState }) | null> {
  const [row] = await getDb()
    .select({
      ...summaryColumns,
      body: posts.body,
      updatedAt: posts.updatedAt,
      commentsMode: posts.commentsMode,
      state: postState,
    })
    .from(posts)
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(images, eq(images.id, posts.coverImageId))
    .where(eq(posts.id, id));
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

/** Every tag name, for the editor's suggestions. */
export async function listTagNames(): Promise<string[]> {
  const rows = await getDb().select({ name: tags.name }).from(tags).orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}
