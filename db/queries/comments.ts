import "server-only";
import { THREADS_PER_PAGE } from "@/lib/comment-limits";
import { and, asc, count, desc, eq, exists, gt, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "../index";
import { commentBans, comments, posts, users } from "../schema";
import type { CommentSort } from "./comment-sorts";
import { refused, type Refused } from "./errors";
import { banInForce, commentsVersion, isPublic, isVisibleComment } from "./visibility";

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
  /** More threads follow the last one, in this order. */
  hasMore: boolean;
};

// Columns of the outer query, always table-qualified: drizzle leaves them bare in a select
// without joins, where inside a subquery on comments a bare "id" would mean the subquery's own.
const outer = (column: "id" | "created_at") => sql`${sql.identifier("comments")}.${sql.identifier(column)}`;

/** Visible replies anywhere under a top-level comment: the "most replies" order. */
const replyCount = (rootId: SQL) =>
  sql`(select count(*) from ${comments} r where r.root_id = ${rootId} and r.status = 'published')`;

/** The post's comments are on show: the post is public and its comments are not turned off. */
const commentsShown = (postId: string) =>
  exists(
    getDb()
      .select({ one: sql`1` })
      .from(posts)
      .where(and(eq(posts.id, postId), isPublic, ne(posts.commentsMode, "off"))),
  );

/**
 * Top-level comments of a post worth listing: on a post whose comments are shown, and visible
 * themselves or with a visible reply under them.
 */
function listedRoots(postId: string) {
  const reply = alias(comments, "reply");
  const hasContent = or(
    isVisibleComment,
    exists(
      getDb()
        .select({ one: sql`1` })
        .from(reply)
        .where(and(eq(reply.rootId, comments.id), eq(reply.status, "published"))),
    ),
  );
  return and(eq(comments.postId, postId), isNull(comments.parentId), hasContent, commentsShown(postId));
}

/**
 * A page of a post's comment threads in the chosen order, each with all its replies nested:
 * the first `limit` threads, or the `limit` after the thread `after` (keyset paging, so threads
 * added or removed meanwhile never shift a page). Exactly what the post page may show: nothing
 * for a post that is not public or has its comments turned off. A thread whose top comment is
 * hidden or deleted is listed only while a visible reply hangs under it.
 */
export async function listCommentThreads({
  postId,
  sort = "oldest",
  after,
  limit = THREADS_PER_PAGE,
}: {
  postId: string;
  sort?: CommentSort;
  after?: string;
  limit?: number;
}): Promise<CommentThreadPage> {
  const roots = await getDb()
    .select({ id: comments.id })
    .from(comments)
    .where(and(listedRoots(postId), after ? threadsAfter(sort, after) : undefined))
    .orderBy(...threadOrder(sort))
    .limit(limit + 1);
  return { threads: await loadThreads(roots.slice(0, limit).map((r) => r.id)), hasMore: roots.length > limit };
}

/**
 * The post's comments mark now (visibility.commentsVersion). Read it before the threads it is
 * shown with: a comment landing in between then makes the mark older than the threads, which
 * costs the browser one needless fetch, never a stale page taken for fresh.
 */
export async function getCommentsVersion({ postId }: { postId: string }): Promise<string> {
  const [row] = await getDb().select({ version: commentsVersion }).from(posts).where(eq(posts.id, postId));
  return row?.version ?? "0-0";
}

/**
 * The listed thread that holds a comment of this post, for showing a change where the reader
 * made it; null when nothing of that thread may be shown any more.
 */
export async function getListedThread({
  postId,
  commentId,
}: {
  postId: string;
  commentId: string;
}): Promise<CommentNode | null> {
  const [root] = await getDb()
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        listedRoots(postId),
        sql`${outer("id")} = (select coalesce(c.root_id, c.id) from ${comments} c where c.id = ${commentId} and c.post_id = ${postId})`,
      ),
    );
  if (!root) return null;
  const [thread] = await loadThreads([root.id]);
  return thread ?? null;
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
  if (sort === "replies") return [desc(replyCount(outer("id"))), asc(comments.createdAt), asc(comments.id)];
  return [asc(comments.createdAt), asc(comments.id)];
}

/** Threads that come after the thread `after` in threadOrder(sort). */
function threadsAfter(sort: CommentSort, after: string) {
  const here = sql`(${outer("created_at")}, ${outer("id")})`;
  const cursor = sql`(select c.created_at, c.id from ${comments} c where c.id = ${after})`;
  if (sort === "newest") return sql`${here} < ${cursor}`;
  if (sort === "oldest") return sql`${here} > ${cursor}`;
  const mine = replyCount(outer("id"));
  const theirs = replyCount(sql`${after}::uuid`);
  return sql`(${mine} < ${theirs} or (${mine} = ${theirs} and ${here} > ${cursor}))`;
}

/** Drops hidden or deleted comments that have no visible reply beneath them. */
function prune(node: CommentNode): CommentNode | null {
  const replies = node.replies.map(prune).filter((n): n is CommentNode => n !== null);
  if (node.status !== "published" && replies.length === 0) return null;
  return { ...node, replies };
}

/** Comments one reader may post per minute. */
export const COMMENTS_PER_MINUTE = 5;

/** Why a reader may not write on a post now. */
export type WriteRefusal =
  Refused<"not-found" | "closed"> | (Refused<"banned"> & { ban: { reason: string; endsAt: Date | null } });

export type AddCommentResult = { ok: true; id: string; postId: string } | WriteRefusal | Refused<"rate-limited">;

type Executor = Pick<ReturnType<typeof getDb>, "select">;

/**
 * The one rule for writing on a post, adding and editing alike, in one statement: the post is
 * public, its comments are open, and no ban on the reader is in force. Null when they may.
 */
async function refusalToWrite(
  db: Executor,
  { postId, authorId }: { postId: string; authorId: string },
): Promise<WriteRefusal | null> {
  const [row] = await db
    .select({ commentsMode: posts.commentsMode, banReason: commentBans.reason, banEndsAt: commentBans.endsAt })
    .from(posts)
    .leftJoin(commentBans, and(eq(commentBans.userId, authorId), banInForce))
    .where(and(eq(posts.id, postId), isPublic));
  if (!row) return { ok: false, reason: "not-found" };
  if (row.commentsMode !== "open") return { ok: false, reason: "closed" };
  if (row.banReason !== null)
    return { ok: false, reason: "banned", ban: { reason: row.banReason, endsAt: row.banEndsAt } };
  return null;
}

/**
 * Adds a comment, or a reply when parentId is given (to a visible comment on the same post).
 * The per-minute limit is checked under a per-author lock, so parallel posts cannot slip past it.
 */
export async function insertComment({
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
    const refusal = await refusalToWrite(tx, { postId, authorId });
    if (refusal) return refusal;

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

/**
 * Changes the text of the author's own visible comment, under the same rule as adding one, and
 * puts it back in the moderators' queue: they never saw the new words.
 */
export async function editOwnComment({
  commentId,
  authorId,
  body,
}: {
  commentId: string;
  authorId: string;
  body: string;
}): Promise<{ ok: true; postId: string } | WriteRefusal> {
  return getDb().transaction(async (tx) => {
    const own = and(eq(comments.id, commentId), eq(comments.authorId, authorId), isVisibleComment);
    const [comment] = await tx.select({ postId: comments.postId }).from(comments).where(own);
    if (!comment) return { ok: false, reason: "not-found" } as const;
    const refusal = await refusalToWrite(tx, { postId: comment.postId, authorId });
    if (refusal) return refusal;
    const [row] = await tx
      .update(comments)
      .set({ body, editedAt: sql`now()`, reviewedAt: null })
      .where(own)
      .returning({ postId: comments.postId });
    return row ? ({ ok: true, postId: row.postId } as const) : ({ ok: false, reason: "not-found" } as const);
  });
}

/**
 * Deletes the author's own comment: its text is gone, and it stays only as a "comment deleted"
 * marker while replies hang under it. Answers its post; refused as "not-found" for anyone else's
 * comment or one already hidden or deleted.
 */
export async function deleteOwnComment({
  commentId,
  authorId,
}: {
  commentId: string;
  authorId: string;
}): Promise<{ ok: true; postId: string } | Refused<"not-found">> {
  const [row] = await getDb()
    .update(comments)
    .set({ status: "deleted", body: "(deleted)" })
    .where(and(eq(comments.id, commentId), eq(comments.authorId, authorId), isVisibleComment))
    .returning({ postId: comments.postId });
  return row ? { ok: true, postId: row.postId } : refused("not-found");
}
