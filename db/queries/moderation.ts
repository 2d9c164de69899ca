import "server-only";
import { refused, type Refused } from "./errors";
import { endAllSignIns } from "./sign-ins";
import { and, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "../index";
import { commentBans, comments, moderationLog, posts, users } from "../schema";
import { countOf, paginate, type Page } from "./paging";
import { banInForce } from "./visibility";
import type { Role } from "../enums";

export type ModerationFilter = "published" | "hidden" | "deleted" | "unreviewed";

const filters: Record<ModerationFilter, SQL | undefined> = {
  published: eq(comments.status, "published"),
  hidden: eq(comments.status, "hidden"),
  deleted: eq(comments.status, "deleted"),
  unreviewed: and(eq(comments.status, "published"), isNull(comments.reviewedAt)),
};

export type ModeratedComment = {
  id: string;
  body: string;
  status: "published" | "hidden" | "deleted";
  createdAt: Date;
  reviewedAt: Date | null;
  author: { id: string; name: string; role: Role; banned: boolean };
  post: { id: string; title: string };
};

/** Every comment, newest first, optionally one post's or one status's, for moderators. */
export async function listCommentsForModeration({
  postId,
  filter,
  page = 1,
  pageSize = 30,
}: {
  postId?: string;
  filter?: ModerationFilter;
  page?: number;
  pageSize?: number;
}): Promise<Page<ModeratedComment>> {
  const db = getDb();
  const where = and(postId ? eq(comments.postId, postId) : undefined, filter ? filters[filter] : undefined);
  return paginate(
    { page, pageSize },
    ({ limit, offset }) =>
      db
        .select({
          id: comments.id,
          body: comments.body,
          status: comments.status,
          createdAt: comments.createdAt,
          reviewedAt: comments.reviewedAt,
          authorId: users.id,
          authorName: users.name,
          authorRole: users.role,
          banned: sql<boolean>`${commentBans.userId} is not null`,
          postId: posts.id,
          postTitle: posts.title,
        })
        .from(comments)
        .innerJoin(users, eq(users.id, comments.authorId))
        .innerJoin(posts, eq(posts.id, comments.postId))
        .leftJoin(commentBans, and(eq(commentBans.userId, comments.authorId), banInForce))
        .where(where)
        .orderBy(desc(comments.createdAt), desc(comments.id))
        .limit(limit)
        .offset(offset),
    countOf(db.select({ n: count() }).from(comments).where(where)),
    (r) => ({
      id: r.id,
      body: r.body,
      status: r.status,
      createdAt: r.createdAt,
      reviewedAt: r.reviewedAt,
      author: { id: r.authorId, name: r.authorName, role: r.authorRole, banned: r.banned },
      post: { id: r.postId, title: r.postTitle },
    }),
  );
}

export type CommentModeration = "hide" | "unhide" | "delete" | "approve";

const transitions: Record<CommentModeration, { from: SQL; set: Partial<typeof comments.$inferInsert> }> = {
  hide: { from: eq(comments.status, "published"), set: { status: "hidden" } },
  unhide: { from: eq(comments.status, "hidden"), set: { status: "published" } },
  // The text goes; a marker stays while replies hang under it, as when an author deletes.
  delete: { from: sql`${comments.status} <> 'deleted'`, set: { status: "deleted", body: "(deleted)" } },
  approve: { from: eq(comments.status, "published"), set: {} },
};

/**
 * Hides, unhides, deletes or approves (marks as looked at) a comment, and logs who did it, in one
 * transaction. Answers the comment's post; refused as "wrong-state" when the comment is not in a
 * state the action applies to (already hidden, say) or does not exist.
 */
export async function applyModeration({
  commentId,
  action,
  actorId,
}: {
  commentId: string;
  action: CommentModeration;
  actorId: string;
}): Promise<{ ok: true; postId: string } | Refused<"wrong-state">> {
  return getDb().transaction(async (tx) => {
    const { from, set } = transitions[action];
    const [row] = await tx
      .update(comments)
      .set({ ...set, reviewedAt: sql`now()` })
      .where(and(eq(comments.id, commentId), from))
      .returning({ postId: comments.postId, authorId: comments.authorId });
    if (!row) return refused("wrong-state");
    await tx.insert(moderationLog).values({
      actorId,
      action: `comment.${action}`,
      commentId,
      postId: row.postId,
      userId: row.authorId,
    });
    return { ok: true, postId: row.postId } as const;
  });
}

/**
 * Bans a reader from commenting (replacing any earlier ban) and logs it. Only readers can be
 * banned: editors and admins lose their role first; anyone else is refused as "not-a-reader".
 */
export async function storeBan({
  userId,
  reason,
  endsAt,
  actorId,
  endSessions = false,
}: {
  userId: string;
  reason: string;
  endsAt: Date | null;
  actorId: string;
  /** Also end every session of theirs. */
  endSessions?: boolean;
}): Promise<{ ok: true } | Refused<"not-a-reader">> {
  return getDb().transaction(async (tx) => {
    const [reader] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.role, "reader")));
    if (!reader) return refused("not-a-reader");
    await tx
      .insert(commentBans)
      .values({ userId, reason, endsAt, bannedById: actorId })
      .onConflictDoUpdate({
        target: commentBans.userId,
        set: { reason, endsAt, bannedById: actorId, createdAt: sql`now()` },
      });
    if (endSessions) await endAllSignIns({ userId }, tx);
    const until = endsAt ? ` until ${endsAt.toISOString()}` : "";
    await tx.insert(moderationLog).values({ actorId, action: "user.ban", userId, detail: `${reason}${until}` });
    return { ok: true } as const;
  });
}

/** Lifts a reader's ban and logs it; refused as "not-banned" when there was none. */
export async function removeBan({
  userId,
  actorId,
}: {
  userId: string;
  actorId: string;
}): Promise<{ ok: true } | Refused<"not-banned">> {
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .delete(commentBans)
      .where(eq(commentBans.userId, userId))
      .returning({ userId: commentBans.userId });
    if (rows.length === 0) return refused("not-banned");
    await tx.insert(moderationLog).values({ actorId, action: "user.unban", userId });
    return { ok: true } as const;
  });
}

export type LogEntry = {
  id: number;
  action: (typeof moderationLog.$inferSelect)["action"];
  createdAt: Date;
  actor: string | null;
  user: { id: string; name: string } | null;
  commentId: string | null;
  post: { id: string; title: string } | null;
  detail: string;
};

/** Who did what, newest first. */
export async function listModerationLog({
  page = 1,
  pageSize = 50,
}: { page?: number; pageSize?: number } = {}): Promise<Page<LogEntry>> {
  const db = getDb();
  const actor = alias(users, "actor");
  return paginate(
    { page, pageSize },
    ({ limit, offset }) =>
      db
        .select({
          id: moderationLog.id,
          action: moderationLog.action,
          createdAt: moderationLog.createdAt,
          actor: actor.name,
          userId: users.id,
          userName: users.name,
          commentId: moderationLog.commentId,
          postId: posts.id,
          postTitle: posts.title,
          detail: moderationLog.detail,
        })
        .from(moderationLog)
        .leftJoin(actor, eq(actor.id, moderationLog.actorId))
        .leftJoin(users, eq(users.id, moderationLog.userId))
        .leftJoin(posts, eq(posts.id, moderationLog.postId))
        .orderBy(desc(moderationLog.id))
        .limit(limit)
        .offset(offset),
    countOf(db.select({ n: count() }).from(moderationLog)),
    (r) => ({
      id: r.id,
      action: r.action,
      createdAt: r.createdAt,
      actor: r.actor,
      user: r.userId ? { id: r.userId, name: r.userName! } : null,
      commentId: r.commentId,
      post: r.postId ? { id: r.postId, title: r.postTitle! } : null,
      detail: r.detail,
    }),
  );
}
