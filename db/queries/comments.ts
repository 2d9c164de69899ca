import "server-only";
import { and, asc, count, eq, exists, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "../index";
import { comments, users } from "../schema";
import { isVisibleComment } from "./visibility";

/** A comment as readers see it: hidden and deleted ones keep their place but lose author and text. */
export type CommentNode = {
  id: string;
  parentId: string | null;
  depth: number;
  status: "published" | "hidden" | "deleted";
  author: { name: string; image: string | null } | null;
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

/** Visible comments on a post, replies included: the number shown everywhere. */
export async function countVisibleComments({ postId }: { postId: string }): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(comments)
    .where(and(eq(comments.postId, postId), isVisibleComment));
  return row?.n ?? 0;
}

/**
 * A page of a post's comment threads, oldest first, each with all its replies nested. A thread
 * whose top comment is hidden or deleted is listed only while a visible reply hangs under it.
 */
export async function listCommentThreads({
  postId,
  page = 1,
  pageSize = 20,
}: {
  postId: string;
  page?: number;
  pageSize?: number;
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
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(comments).where(topLevel),
  ]);
  const threadCount = totalRow?.n ?? 0;
  const rootIds = roots.map((r) => r.id);
  const rows =
    rootIds.length === 0
      ? []
      : await db
          .select({
            id: comments.id,
            parentId: comments.parentId,
            rootId: comments.rootId,
            depth: comments.depth,
            status: comments.status,
            body: comments.body,
            createdAt: comments.createdAt,
            editedAt: comments.editedAt,
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
      author: visible ? { name: row.authorName, image: row.authorImage } : null,
      body: visible ? row.body : null,
      createdAt: row.createdAt,
      editedAt: visible ? row.editedAt : null,
      replies: [],
    });
  }
  for (const node of nodes.values()) {
    if (node.parentId) nodes.get(node.parentId)?.replies.push(node);
  }
  const threads = rootIds.map((id) => nodes.get(id)).filter((n): n is CommentNode => n !== undefined);
  return {
    threads: threads.map(prune).filter((n): n is CommentNode => n !== null),
    page,
    pageSize,
    threadCount,
    pageCount: Math.max(1, Math.ceil(threadCount / pageSize)),
  };
}

/** Drops hidden or deleted comments that have no visible reply beneath them. */
function prune(node: CommentNode): CommentNode | null {
  const replies = node.replies.map(prune).filter((n): n is CommentNode => n !== null);
  if (node.status !== "published" && replies.length === 0) return null;
  return { ...node, replies };
}
