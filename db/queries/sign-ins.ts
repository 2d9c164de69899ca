import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Transaction } from "../index";
import { signIns, users } from "../schema";
import { authColumns, type AuthUser } from "./auth-user";

/** How often a session's last use is written: at most once a minute, not on every request. */
const SEEN_EVERY_MS = 60_000;

/** Starts a session for a sign-in; answers its id, which the session cookie carries. */
export async function startSignIn({
  userId,
  userAgent,
  lifetimeSeconds,
}: {
  userId: string;
  userAgent: string | null;
  lifetimeSeconds: number;
}): Promise<string> {
  const [row] = await getDb()
    .insert(signIns)
    .values({
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: sql`now() + make_interval(secs => ${lifetimeSeconds})`,
    })
    .returning({ id: signIns.id });
  return row!.id;
}

/**
 * The person a session belongs to, while the session holds: not ended, used within
 * `idleSeconds`, before its absolute end. Null otherwise (or for a session of someone else).
 * Notes the use, at most once a minute.
 */
export async function getActiveSignIn({
  id,
  userId,
  idleSeconds,
}: {
  id: string;
  userId: string;
  idleSeconds: number;
}): Promise<AuthUser | null> {
  const db = getDb();
  const [row] = await db
    .select({
      lastSeenAt: signIns.lastSeenAt,
      id: users.id,
      name: users.name,
      email: users.email,
      image: users.image,
      role: users.role,
      verified: authColumns.verified,
    })
    .from(signIns)
    .innerJoin(users, eq(users.id, signIns.userId))
    .where(
      and(
        eq(signIns.id, id),
        eq(signIns.userId, userId),
        isNull(signIns.endedAt),
        gt(signIns.expiresAt, sql`now()`),
        gt(signIns.lastSeenAt, sql`now() - make_interval(secs => ${idleSeconds})`),
      ),
    );
  if (!row) return null;
  const { lastSeenAt, ...user } = row;
  if (Date.now() - lastSeenAt.getTime() > SEEN_EVERY_MS) {
    await db
      .update(signIns)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(signIns.id, id));
  }
  return user;
}

/** Ends one session (signing out). */
export async function endSignIn({ id }: { id: string }): Promise<void> {
  await getDb()
    .update(signIns)
    .set({ endedAt: sql`now()` })
    .where(and(eq(signIns.id, id), isNull(signIns.endedAt)));
}

/**
 * Ends every session of a person: "sign out everywhere", a ban that ends their sessions, a lower
 * role. Inside the caller's transaction when given one.
 */
export async function endAllSignIns(
  { userId }: { userId: string },
  tx: Pick<Transaction, "update"> = getDb(),
): Promise<number> {
  const ended = await tx
    .update(signIns)
    .set({ endedAt: sql`now()` })
    .where(and(eq(signIns.userId, userId), isNull(signIns.endedAt)))
    .returning({ id: signIns.id });
  return ended.length;
}
