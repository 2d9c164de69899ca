import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { AccountTokenPurpose } from "../enums";
import { getDb, type Transaction } from "../index";
import { accountTokens, users } from "../schema";

type Writer = Pick<Transaction, "insert" | "delete">;

/**
 * Stores a link's token (its hash: the token itself only ever goes into the message), valid for
 * `ttlSeconds`. Earlier unused links of the same purpose stop working: only the newest counts.
 */
export async function storeAccountToken(
  {
    userId,
    purpose,
    tokenHash,
    email,
    ttlSeconds,
  }: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; email: string; ttlSeconds: number },
  tx: Writer = getDb(),
): Promise<void> {
  await tx
    .delete(accountTokens)
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  await tx.insert(accountTokens).values({
    userId,
    purpose,
    tokenHash,
    email,
    expiresAt: sql`now() + make_interval(secs => ${ttlSeconds})`,
  });
}

/** Whose link this is, while it can still be used (unused, not expired), without using it. */
export async function findUsableAccountToken({
  tokenHash,
  purpose,
}: {
  tokenHash: string;
  purpose: AccountTokenPurpose;
}): Promise<{ userId: string; email: string; name: string } | null> {
  const [row] = await getDb()
    .select({ userId: accountTokens.userId, email: accountTokens.email, name: users.name })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(usable(tokenHash, purpose));
  return row ?? null;
}

/**
 * Uses a link: marks it used and answers whose it is, or null when it is unknown, used or
 * expired. One statement decides, so two clicks at once cannot both use it.
 */
export async function useAccountToken(
  { tokenHash, purpose }: { tokenHash: string; purpose: AccountTokenPurpose },
  tx: Pick<Transaction, "update"> = getDb(),
): Promise<{ userId: string; email: string } | null> {
  const [row] = await tx
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(usable(tokenHash, purpose))
    .returning({ userId: accountTokens.userId, email: accountTokens.email });
  return row ?? null;
}

const usable = (tokenHash: string, purpose: AccountTokenPurpose) =>
  and(
    eq(accountTokens.tokenHash, tokenHash),
    eq(accountTokens.purpose, purpose),
    isNull(accountTokens.usedAt),
    gt(accountTokens.expiresAt, sql`now()`),
  );
