import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { AccountTokenPurpose } from "../enums";
import { getDb } from "../index";
import { users } from "../schema";
import { storeAccountToken, useAccountToken } from "./account-tokens";
import { queueEmail, type OutgoingEmail } from "./outbox";
import { endAllSignIns } from "./sign-ins";
import { authColumns, type AuthUser } from "./auth-user";

// What the emailed links do. Each stores its change together with what it ends or sends, in one
// transaction.

/** Stores a link's token and queues the message that carries it, together. */
export async function issueAccountLink(
  link: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; email: string; ttlSeconds: number },
  message: OutgoingEmail,
): Promise<void> {
  await getDb().transaction(async (tx) => {
    await storeAccountToken(link, tx);
    await queueEmail(message, tx);
  });
}

/** The link's address must still be the account's: a link sent before an address change is void. */
const ownerOf = (link: { userId: string; email: string }) =>
  and(eq(users.id, link.userId), eq(sql`lower(${users.email})`, link.email.toLowerCase()));

/**
 * Uses a link that signs its reader in: a one-time sign-in link, or the address-confirmation link
 * from the sign-up message. Either way the address counts as confirmed from now on (the reader
 * has just shown they read its mail). Answers the account, or null when the link is unknown,
 * used, expired, of another purpose or no longer the account's.
 */
export async function signInWithLinkToken({
  tokenHash,
  purpose,
}: {
  tokenHash: string;
  purpose: "sign-in" | "email-verification";
}): Promise<AuthUser | null> {
  return getDb().transaction(async (tx) => {
    const link = await useAccountToken({ tokenHash, purpose }, tx);
    if (!link) return null;
    const [user] = await tx
      .update(users)
      .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(ownerOf(link))
      .returning(authColumns);
    return user ?? null;
  });
}

/**
 * Uses a password-reset link: sets the new password, confirms the address (the reader has just
 * shown they read its mail) and ends every session of the account. Null when the link is unknown,
 * used, expired or no longer the account's.
 */
export async function resetPasswordWithToken({
  tokenHash,
  passwordHash,
}: {
  tokenHash: string;
  passwordHash: string;
}): Promise<AuthUser | null> {
  return getDb().transaction(async (tx) => {
    const link = await useAccountToken({ tokenHash, purpose: "password-reset" }, tx);
    if (!link) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(ownerOf(link))
      .returning(authColumns);
    // A void link is used up all the same: it never works again.
    if (!user) return null;
    await endAllSignIns({ userId: user.id }, tx);
    return user;
  });
}

/**
 * Uses an address-change link: the account's address becomes the one the link was sent to,
 * confirmed. Answers the old address (to tell it) and the account, or null when the link is
 * unknown, used or expired; "taken" when another account has taken the address meanwhile.
 */
export async function changeEmailWithToken({
  tokenHash,
  notice,
}: {
  tokenHash: string;
  /** The message telling the old address where the account went, queued with the change. */
  notice: (change: { to: string; name: string; newEmail: string }) => OutgoingEmail;
}): Promise<{ ok: true; user: AuthUser } | { ok: false; reason: "invalid" | "taken" }> {
  return getDb().transaction(async (tx) => {
    const link = await useAccountToken({ tokenHash, purpose: "email-change" }, tx);
    if (!link) return { ok: false as const, reason: "invalid" as const };
    const [before] = await tx.select({ email: users.email }).from(users).where(eq(users.id, link.userId)).for("update");
    if (!before) return { ok: false as const, reason: "invalid" as const };
    const taken = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, link.email.toLowerCase()));
    if (taken.length > 0) return { ok: false as const, reason: "taken" as const };
    const [user] = await tx
      .update(users)
      .set({ email: link.email, emailVerified: sql`now()` })
      .where(eq(users.id, link.userId))
      .returning(authColumns);
    await queueEmail(notice({ to: before.email, name: user!.name, newEmail: user!.email }), tx);
    return { ok: true as const, user: user! };
  });
}
