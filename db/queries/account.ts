import "server-only";
import { and, asc, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Transaction } from "../index";
import { comments, likes, posts, signIns, users } from "../schema";
import type { Role } from "../enums";
import { refused, type Refused } from "./errors";
import { endAllSignIns } from "./sign-ins";

// A reader's own account: what /account shows and changes. Every function takes the signed-in
// person's id and touches nothing of anyone else's.

export type Account = {
  id: string;
  name: string;
  email: string;
  verified: boolean;
  hasPassword: boolean;
  role: Role;
  createdAt: Date;
};

export async function getAccount({ userId }: { userId: string }): Promise<Account | null> {
  const [row] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      verified: sql<boolean>`${users.emailVerified} is not null`,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      role: users.role,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/**
 * Changes a person's display name; answers the posts whose threads show it (their comments) and
 * those that name them as author, whose pages must refresh.
 */
export async function renameAccount({ userId, name }: { userId: string; name: string }): Promise<string[] | null> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ name: name.trim() })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!row) return null;
    const shown = await tx
      .selectDistinct({ postId: comments.postId })
      .from(comments)
      .where(eq(comments.authorId, userId))
      .union(tx.select({ postId: posts.id }).from(posts).where(eq(posts.authorId, userId)));
    return shown.map((r) => r.postId);
  });
}

/** The stored password hash, to check the current password before a change. */
export async function getPasswordHash({ userId }: { userId: string }): Promise<string | null> {
  const [row] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.hash ?? null;
}

/**
 * Sets a new password and ends every other session of the person: a thief who had the old one
 * is signed out. `keepSessionId` (this browser) stays signed in.
 */
export async function changeAccountPassword({
  userId,
  passwordHash,
  keepSessionId,
}: {
  userId: string;
  passwordHash: string;
  keepSessionId: string | null;
}): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    if (keepSessionId) await endOtherSignIns({ userId, keepSessionId }, tx);
    else await endAllSignIns({ userId }, tx);
  });
}

export type AccountSession = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null };

/** The person's sessions that still hold, most recently used first. */
export async function listAccountSessions({
  userId,
  idleSeconds,
}: {
  userId: string;
  idleSeconds: number;
}): Promise<AccountSession[]> {
  return getDb()
    .select({
      id: signIns.id,
      createdAt: signIns.createdAt,
      lastSeenAt: signIns.lastSeenAt,
      userAgent: signIns.userAgent,
    })
    .from(signIns)
    .where(
      and(
        eq(signIns.userId, userId),
        isNull(signIns.endedAt),
        gt(signIns.expiresAt, sql`now()`),
        gt(signIns.lastSeenAt, sql`now() - make_interval(secs => ${idleSeconds})`),
      ),
    )
    .orderBy(desc(signIns.lastSeenAt));
}

/** Ends one of the person's own sessions; "not-found" for anyone else's or one already ended. */
export async function endAccountSession({
  userId,
  sessionId,
}: {
  userId: string;
  sessionId: string;
}): Promise<{ ok: true } | Refused<"not-found">> {
  const ended = await getDb()
    .update(signIns)
    .set({ endedAt: sql`now()` })
    .where(and(eq(signIns.id, sessionId), eq(signIns.userId, userId), isNull(signIns.endedAt)))
    .returning({ id: signIns.id });
  return ended.length > 0 ? { ok: true } : refused("not-found");
}

/** Ends every session of the person but this one; answers how many ended. */
export async function endOtherSignIns(
  { userId, keepSessionId }: { userId: string; keepSessionId: string },
  tx: Pick<Transaction, "update"> = getDb(),
): Promise<number> {
  const ended = await tx
    .update(signIns)
    .set({ endedAt: sql`now()` })
    .where(and(eq(signIns.userId, userId), isNull(signIns.endedAt), ne(signIns.id, keepSessionId)))
    .returning({ id: signIns.id });
  return ended.length;
}

export type AccountData = {
  profile: { name: string; email: string; role: Role; joined: Date; emailConfirmed: boolean };
  comments: {
    postTitle: string;
    postSlug: string;
    commentId: string;
    body: string;
    status: string;
    writtenAt: Date;
    editedAt: Date | null;
  }[];
  likes: { postTitle: string; postSlug: string; likedAt: Date }[];
};

/** Everything Quire keeps about the person that they put there: their download. */
export async function exportAccountData({ userId }: { userId: string }): Promise<AccountData | null> {
  const db = getDb();
  const account = await getAccount({ userId });
  if (!account) return null;
  const [written, liked] = await Promise.all([
    db
      .select({
        postTitle: posts.title,
        postSlug: posts.slug,
        commentId: comments.id,
        body: comments.body,
        status: comments.status,
        writtenAt: comments.createdAt,
        editedAt: comments.editedAt,
      })
      .from(comments)
      .innerJoin(posts, eq(posts.id, comments.postId))
      .where(and(eq(comments.authorId, userId), ne(comments.status, "deleted")))
      .orderBy(asc(comments.createdAt)),
    db
      .select({ postTitle: posts.title, postSlug: posts.slug, likedAt: likes.createdAt })
      .from(likes)
      .innerJoin(posts, eq(posts.id, likes.postId))
      .where(eq(likes.userId, userId))
      .orderBy(asc(likes.createdAt)),
  ]);
  return {
    profile: {
      name: account.name,
      email: account.email,
      role: account.role,
      joined: account.createdAt,
      emailConfirmed: account.verified,
    },
    comments: written,
    likes: liked,
  };
}
