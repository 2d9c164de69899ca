import "server-only";
import { and, asc, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Transaction } from "../index";
import {
  accounts,
  accountTokens,
  authorSlugRedirects,
  avatars,
  comments,
  likes,
  posts,
  signIns,
  users,
} from "../schema";
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
  /** The picture shown with their name: uploaded here, from a provider, or none (initials). */
  image: string | null;
  /** The public author bio and author page address (editors and admins set them). */
  bio: string | null;
  slug: string | null;
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
      image: users.image,
      bio: users.bio,
      slug: users.slug,
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
    return postsShowing(tx, userId);
  });
}

/** The posts whose pages show a person: their comments' threads, and the posts they wrote. */
async function postsShowing(tx: Transaction, userId: string): Promise<string[]> {
  const shown = await tx
    .selectDistinct({ postId: comments.postId })
    .from(comments)
    .where(eq(comments.authorId, userId))
    .union(tx.select({ postId: posts.id }).from(posts).where(eq(posts.authorId, userId)));
  return shown.map((r) => r.postId);
}

/** The address of a person's uploaded picture; the version changes with every upload. */
export function avatarPath(userId: string, updatedAt: Date): string {
  return `/api/avatars/${encodeURIComponent(userId)}?v=${updatedAt.getTime().toString(36)}`;
}

/**
 * Stores a person's new picture (already checked and written again by lib/uploads.ts) and points
 * their profile at it; answers its address and the posts whose pages show it, or null for an
 * account that is gone.
 */
export async function setAccountAvatar({
  userId,
  data,
}: {
  userId: string;
  data: Uint8Array;
}): Promise<{ image: string; shownOn: string[] } | null> {
  return getDb().transaction(async (tx) => {
    const [person] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .for("update");
    if (!person) return null;
    const values = { data, contentType: "image/webp", byteSize: data.byteLength, updatedAt: new Date() };
    await tx
      .insert(avatars)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: avatars.userId, set: values });
    const image = avatarPath(userId, values.updatedAt);
    await tx.update(users).set({ image }).where(eq(users.id, userId));
    return { image, shownOn: await postsShowing(tx, userId) };
  });
}

/** Takes a person's picture away (uploaded or from a provider): initials show instead. */
export async function removeAccountAvatar({ userId }: { userId: string }): Promise<string[] | null> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ image: null })
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .returning({ id: users.id });
    if (!row) return null;
    await tx.delete(avatars).where(eq(avatars.userId, userId));
    return postsShowing(tx, userId);
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

/** How long ago a session began, in seconds (null when it is not the person's or has ended). */
export async function sessionAgeSeconds({ userId, sessionId }: { userId: string; sessionId: string }) {
  const [row] = await getDb()
    .select({ age: sql<number>`extract(epoch from now() - ${signIns.createdAt})::int` })
    .from(signIns)
    .where(and(eq(signIns.id, sessionId), eq(signIns.userId, userId), isNull(signIns.endedAt)));
  return row ? Number(row.age) : null;
}

/**
 * Deletes a person's account: likes, sign-in methods, sessions and links go; comments nobody
 * answered vanish; comments with replies stay in their threads as deleted, their text removed,
 * under a nameless "Deleted account" row that keeps nothing personal. The last admin cannot go
 * (admins are locked first, as for a role change). Answers the posts whose pages showed them.
 */
export async function deleteAccount({
  userId,
}: {
  userId: string;
}): Promise<{ ok: true; commentedOn: string[]; liked: string[] } | Refused<"not-found" | "last-admin">> {
  return getDb().transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.deletedAt)))
      .for("update");
    const [person] = await tx
      .select({ role: users.role })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .for("update");
    if (!person) return refused("not-found");
    if (person.role === "admin" && admins.length <= 1) return refused("last-admin");

    const liked = await tx.delete(likes).where(eq(likes.userId, userId)).returning({ postId: likes.postId });
    const commentedOn = await tx
      .selectDistinct({ postId: comments.postId })
      .from(comments)
      .where(eq(comments.authorId, userId));
    await tx.update(comments).set({ status: "deleted", body: "(deleted)" }).where(eq(comments.authorId, userId));
    // Unanswered ones go; a comment answered only by the person's own replies goes with them.
    for (;;) {
      const gone = await tx
        .delete(comments)
        .where(
          and(
            eq(comments.authorId, userId),
            // Qualified by hand: drizzle leaves columns bare in a delete, and bare, "id" would be the reply's.
            sql`not exists (select 1 from ${comments} as reply where reply.parent_id = ${sql.identifier("comments")}.${sql.identifier("id")})`,
          ),
        )
        .returning({ id: comments.id });
      if (gone.length === 0) break;
    }
    await tx.delete(accounts).where(eq(accounts.userId, userId));
    await tx.delete(accountTokens).where(eq(accountTokens.userId, userId));
    await tx.delete(avatars).where(eq(avatars.userId, userId));
    await tx.delete(authorSlugRedirects).where(eq(authorSlugRedirects.userId, userId));
    await endAllSignIns({ userId }, tx);
    await tx
      .update(users)
      .set({
        name: "Deleted account",
        email: `deleted-${userId}@deleted.invalid`,
        emailVerified: null,
        image: null,
        passwordHash: null,
        bio: null,
        role: "reader",
        deletedAt: sql`now()`,
      })
      .where(eq(users.id, userId));
    return { ok: true as const, commentedOn: commentedOn.map((r) => r.postId), liked: liked.map((r) => r.postId) };
  });
}

/**
 * Sets an author's public bio and author page address. Refused as "slug-taken" when another
 * person has the address (the unique index decides). Answers the author's posts, whose pages
 * show both.
 */
export async function updateAuthorProfile({
  userId,
  bio,
  slug,
}: {
  userId: string;
  bio: string | null;
  slug: string;
}): Promise<{ ok: true; postIds: string[]; previousSlug: string | null } | Refused<"slug-taken" | "not-found">> {
  return getDb().transaction(async (tx) => {
    const [before] = await tx.select({ slug: users.slug }).from(users).where(eq(users.id, userId)).for("update");
    if (!before) return refused("not-found");
    const [clash] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.slug, slug), ne(users.id, userId)));
    if (clash) return refused("slug-taken");
    await tx.update(users).set({ bio, slug }).where(eq(users.id, userId));
    // The old address leads to the new one; an address taken (back) is nobody's redirect.
    await tx.delete(authorSlugRedirects).where(eq(authorSlugRedirects.slug, slug));
    if (before.slug && before.slug !== slug) {
      await tx
        .insert(authorSlugRedirects)
        .values({ slug: before.slug, userId })
        .onConflictDoUpdate({ target: authorSlugRedirects.slug, set: { userId } });
    }
    const written = await tx.select({ id: posts.id }).from(posts).where(eq(posts.authorId, userId));
    return { ok: true as const, postIds: written.map((p) => p.id), previousSlug: before.slug };
  });
}
