import "server-only";
import { and, asc, count, desc, eq, exists, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "../index";
import { commentBans, comments, posts, users } from "../schema";
import type { CommentSort } from "./comment-sorts";
import { banInForce, isPublic, isVisibleComment } from "./visibility";

/** A comment as readers see it: hidden and deleted ones keep their place but lose author and text. */
export type CommentNode = {
  id: string;
  parentId: string | null;
  depth: number;
  status: "published" | "hidden" | "deleted";
  author: { id: string; name: string; image: string | null } | null;
  /** The name on the comment this one answers, for replies shown flattened. */
  replyTo: string | null;
  body: string | null;
  createdAt: Date;
  editedAt: Date | null;
  replies: CommentNode[];
};


export type CommentThreadPage = {
  threads: CommentNode[];
  page: number;
  pageSize: number;
  /** Top-level threads that have anything to show. */
  threadCount: number;
  pageCount: number;
};

/**
 * A page of a post's comment threads, oldest first, each with all its replies nested. A thread
 * whose top comment is hidden or deleted is listed only while a visible reply hangs under it.
 */
export async function listCommentThreads({
  postId,
  page = 1,
  pageSize = 20,
  sort = "oldest",
}: {
  postId: string;
  page?: number;
  pageSize?: number;
  sort?: CommentSort;
}): Promise<CommentThreadPage> {
  const db = getDb();
  const reply = alias(comments, "reply");
  const hasContent = or(
    isVisibleComment,
    exists(
      db
        .select({ one: sql`1` })
        .from(reply)
        .where(and(eq(reply.rootId, comments.id), eq(reply.status, "published"))),
    ),
  );
  const topLevel = and(eq(comments.postId, postId), isNull(comments.parentId), hasContent);

  const [roots, [totalRow]] = await Promise.all([
    db
      .select({ id: comments.id })
      .from(comments)
      .where(topLevel)
      .orderBy(...threadOrder(sort))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(comments).where(topLevel),
  ]);
  const threadCount = totalRow?.n ?? 0;
  return {
    threads: await loadThreads(roots.map((r) => r.id)),
    page,
    pageSize,
    threadCount,
    pageCount: Math.max(1, Math.ceil(threadCount / pageSize)),
  };
}

/** The threads under these top-level comments, in the given order, replies nested and pruned. */
async function loadThreads(rootIds: string[]): Promise<CommentNode[]> {
  if (rootIds.length === 0) return [];
  const rows = await getDb()
    .select({
      id: comments.id,
      parentId: comments.parentId,
      rootId: comments.rootId,
      depth: comments.depth,
      status: comments.status,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      authorId: users.id,
      authorName: users.name,
      authorImage: users.image,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(or(inArray(comments.id, rootIds), inArray(comments.rootId, rootIds)))
    .orderBy(asc(comments.createdAt), asc(comments.id));

  const nodes = new Map<string, CommentNode>();
  for (const row of rows) {
    const visible = row.status === "published";
    nodes.set(row.id, {
      id: row.id,
      parentId: row.parentId,
      depth: row.depth,
      status: row.status,
      author: visible ? { id: row.authorId, name: row.authorName, image: row.authorImage } : null,
      replyTo: null,
      body: visible ? row.body : null,
      createdAt: row.createdAt,
      editedAt: visible ? row.editedAt : null,
      replies: [],
    });
  }
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (!parent) continue;
    parent.replies.push(node);
    node.replyTo = parent.author?.name ?? null;
  }
  return rootIds
    .map((id) => nodes.get(id))
    .filter((n): n is CommentNode => n !== undefined)
    .map(prune)
    .filter((n): n is CommentNode => n !== null);
}

/**
 * A comment's whole thread and its public post, for the comment's permalink; null when the
 * comment or its post is not public, or nothing visible is left in the thread.
 */
export async function getCommentThread({ commentId }: { commentId: string }): Promise<{
  post: { id: string; slug: string; title: string };
  thread: CommentNode;
} | null> {
  const [row] = await getDb()
    .select({ rootId: comments.rootId, id: comments.id, postId: posts.id, slug: posts.slug, title: posts.title })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(eq(comments.id, commentId), isPublic));
  if (!row) return null;
  const [thread] = await loadThreads([row.rootId ?? row.id]);
  return thread ? { post: { id: row.postId, slug: row.slug, title: row.title }, thread } : null;
}

function threadOrder(sort: CommentSort) {
  if (sort === "newest") return [desc(comments.createdAt), desc(comments.id)];
  if (sort === "replies") {
    const replies = sql`(select count(*) from ${comments} r where r.root_id = ${comments.id} and r.status = 'published')`;
    return [desc(replies), asc(comments.createdAt), asc(comments.id)];
  }
  return [asc(comments.createdAt), asc(comments.id)];
}

/** Drops hidden or deleted comments that have no visible reply beneath them. */
function prune(node: CommentNode): CommentNode | null {
  const replies = node.replies.map(prune).filter((n): n is CommentNode => n !== null);
  if (node.status !== "published" && replies.length === 0) return null;
  return { ...node, replies };
}

/** Comments one reader may post per minute. */
export const COMMENTS_PER_MINUTE = 5;

export type AddCommentResult =
  | { ok: true; id: string; postId: string }
  | { ok: false; reason: "not-found" | "closed" | "rate-limited" }
  | { ok: false; reason: "banned"; ban: { reason: string; endsAt: Date | null } };

/**
 * Adds a comment, or a reply when parentId is given (to a visible comment on the same post).
 * The per-minute limit is checked under a per-author lock, so parallel posts cannot slip past it.
 */
export async function addComment({
  postId,
  authorId,
  body,
  parentId,
}: {
  postId: string;
  authorId: string;
  body: string;
  parentId?: string | null;
}): Promise<AddCommentResult> {
  return getDb().transaction(async (tx) => {
    const [post] = await tx
      .select({ id: posts.id, commentsMode: posts.commentsMode })
      .from(posts)
      .where(and(eq(posts.id, postId), isPublic));
    if (!post) return { ok: false, reason: "not-found" } as const;
    if (post.commentsMode !== "open") return { ok: false, reason: "closed" } as const;
    const [ban] = await tx
      .select({ reason: commentBans.reason, endsAt: commentBans.endsAt })
      .from(commentBans)
      .where(and(eq(commentBans.userId, authorId), banInForce));
    if (ban) return { ok: false, reason: "banned", ban } as const;

    let parent: { id: string; rootId: string | null; depth: number } | undefined;
    if (parentId) {
      [parent] = await tx
        .select({ id: comments.id, rootId: comments.rootId, depth: comments.depth })
        .from(comments)
        .where(and(eq(comments.id, parentId), eq(comments.postId, postId), isVisibleComment));
      if (!parent) return { ok: false, reason: "not-found" } as const;
    }

    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`comment:${authorId}`}))`);
    const [recent] = await tx
      .select({ n: count() })
      .from(comments)
      .where(and(eq(comments.authorId, authorId), gt(comments.createdAt, sql`now() - interval '1 minute'`)));
    if ((recent?.n ?? 0) >= COMMENTS_PER_MINUTE) return { ok: false, reason: "rate-limited" } as const;

    const [row] = await tx
      .insert(comments)
      .values({
        postId,
        authorId,
        body,
        parentId: parent?.id ?? null,
        rootId: parent ? (parent.rootId ?? parent.id) : null,
        depth: parent ? parent.depth + 1 : 0,
      })
      .returning({ id: comments.id });
    return { ok: true, id: row!.id, postId } as const;
  });
}

/** Changes the text of the author's own visible comment; returns its post, or null. */
export async function editOwnComment({
  commentId,
  authorId,
  body,
}: {
  commentId: string;
  authorId: string;
  body: string;
}): Promise<{ postId: string } | null> {
  const [row] = await getDb()
    .update(comments)
    .set({ body, editedAt: sql`now()` })
    .where(and(eq(comments.id, commentId), eq(comments.authorId, authorId), isVisibleComment))
    .returning({ postId: comments.postId });
  return row ?? null;
}

/**
 * Deletes the author's own comment: its text is gone, and it stays only as a "comment deleted"
 * marker while replies hang under it. Returns its post, or null.
 */
export async function deleteOwnComment({
  commentId,
  authorId,
}: {
  commentId: string;
  authorId: string;
}): Promise<{ postId: string } | null> {
  const [row] = await getDb()
    .update(comments)
    .set({ status: "deleted", body: "(deleted)" })
    .where(and(eq(comments.id, commentId), eq(comments.authorId, authorId), isVisibleComment))
    .returning({ postId: comments.postId });
  return row ?? null;
}
