import "server-only";
import { and, count, desc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { userRoles } from "../enums";
import { getDb } from "../index";
import { commentBans, comments, likes, moderationLog, users } from "../schema";
import { refused, type Refused } from "./errors";
import { storeAccountToken } from "./account-tokens";
import { authColumns, type AuthUser } from "./auth-user";
import { queueEmail, type OutgoingEmail } from "./outbox";
import { endAllSignIns } from "./sign-ins";
import { containsPattern } from "./patterns";
import { countOf, paginate, type Page } from "./paging";
import { banInForce } from "./visibility";
import type { Role } from "../enums";

export type { Role } from "../enums";

export type { AuthUser } from "./auth-user";

/** Normalises an email for storage and lookup. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A person and their password hash, by email (case-insensitive), for password sign-in. */
export async function getUserWithPasswordByEmail({
  email,
}: {
  email: string;
}): Promise<(AuthUser & { passwordHash: string | null }) | null> {
  const [row] = await getDb()
    .select({ ...authColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normaliseEmail(email)))
    .limit(1);
  return row ?? null;
}

/** The current name, picture and role of a signed-in person, or null if the account is gone. */
export async function getAuthUser({ id }: { id: string }): Promise<AuthUser | null> {
  const [row] = await getDb().select(authColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/**
 * Creates a person with a password. Refused as "email-taken" when the address has an account
 * (the unique index decides, so two sign-ups racing for one address cannot both win).
 * `verified` marks the address confirmed at once (no email to confirm it with, or an admin made
 * the account); otherwise `confirmation` is the link's token hash and the message carrying it,
 * stored in the same transaction as the account.
 */
export async function createPasswordUser({
  name,
  email,
  passwordHash,
  role = "reader",
  verified,
  confirmation,
}: {
  name: string;
  email: string;
  passwordHash: string;
  role?: Role;
  verified: boolean;
  confirmation?: { tokenHash: string; ttlSeconds: number; message: OutgoingEmail };
}): Promise<{ ok: true; user: AuthUser } | Refused<"email-taken">> {
  return getDb().transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        name: name.trim(),
        email: normaliseEmail(email),
        passwordHash,
        role,
        emailVerified: verified ? sql`now()` : null,
      })
      .onConflictDoNothing()
      .returning(authColumns);
    if (!user) return refused("email-taken");
    if (confirmation) {
      await storeAccountToken(
        {
          userId: user.id,
          purpose: "email-verification",
          tokenHash: confirmation.tokenHash,
          email: user.email,
          ttlSeconds: confirmation.ttlSeconds,
        },
        tx,
      );
      await queueEmail(confirmation.message, tx);
    }
    return { ok: true as const, user };
  });
}

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  commentCount: number;
  likeCount: number;
  lastActiveAt: Date | null;
  ban: { reason: string; endsAt: Date | null } | null;
};

// The outer user, qualified by hand: drizzle leaves columns bare in a select without joins.
const outerUserId = sql`${sql.identifier("users")}.${sql.identifier("id")}`;

/** People with their role, activity and any ban in force, newest first; for admins. */
export async function listUsersForAdmin({
  query,
  role,
  page = 1,
  pageSize = 30,
}: {
  query?: string;
  role?: Role;
  page?: number;
  pageSize?: number;
}): Promise<Page<UserRow>> {
  const db = getDb();
  const pattern = query ? containsPattern(query) : undefined;
  const where = and(
    isNull(users.deletedAt),
    role ? eq(users.role, role) : undefined,
    pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
  );
  return paginate(
    { page, pageSize },
    ({ limit, offset }) =>
      db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          role: users.role,
          createdAt: users.createdAt,
          commentCount: sql<number>`(select count(*)::int from ${comments} c where c.author_id = ${outerUserId})`,
          likeCount: sql<number>`(select count(*)::int from ${likes} l where l.user_id = ${outerUserId})`,
          lastActiveAt: sql<string | null>`greatest(
          (select max(c.created_at) from ${comments} c where c.author_id = ${outerUserId}),
          (select max(l.created_at) from ${likes} l where l.user_id = ${outerUserId})
        )`,
          banReason: commentBans.reason,
          banEndsAt: commentBans.endsAt,
        })
        .from(users)
        .leftJoin(commentBans, and(eq(commentBans.userId, users.id), banInForce))
        .where(where)
        .orderBy(desc(users.createdAt), desc(users.id))
        .limit(limit)
        .offset(offset),
    countOf(db.select({ n: count() }).from(users).where(where)),
    ({ banReason, banEndsAt, lastActiveAt, ...r }) => ({
      ...r,
      commentCount: Number(r.commentCount),
      likeCount: Number(r.likeCount),
      lastActiveAt: lastActiveAt ? new Date(lastActiveAt) : null,
      ban: banReason === null ? null : { reason: banReason, endsAt: banEndsAt },
    }),
  );
}

/**
 * Changes someone's role and logs it. The admins are locked first, so two admins demoting each
 * other at once cannot leave the blog with none.
 */
export async function setUserRole({
  userId,
  role,
  actorId,
}: {
  userId: string;
  role: Role;
  actorId: string;
}): Promise<{ ok: true } | Refused<"not-found" | "last-admin">> {
  return getDb().transaction(async (tx) => {
    const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).for("update");
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for("update");
    if (!target) return refused("not-found");
    if (target.role === role) return { ok: true } as const;
    if (target.role === "admin" && admins.length <= 1) return refused("last-admin");
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    // Less power takes effect everywhere at once: every session of theirs ends.
    if (userRoles.indexOf(role) < userRoles.indexOf(target.role)) await endAllSignIns({ userId }, tx);
    // Staff cannot be banned; a ban on someone made staff is lifted.
    if (role !== "reader") await tx.delete(commentBans).where(eq(commentBans.userId, userId));
    await tx.insert(moderationLog).values({ actorId, action: "user.role", userId, detail: `${target.role} → ${role}` });
    return { ok: true } as const;
  });
}

/** Marks an address confirmed: a provider such as Google or GitHub vouched for it. */
export async function markEmailVerified({ userId }: { userId: string }): Promise<void> {
  await getDb()
    .update(users)
    .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
    .where(eq(users.id, userId));
}
