import "server-only";
import { clearEvents, forgetEvents, recordEventsWithin } from "@/db/queries/rate-limits";
import { pickClientAddress } from "./client-address.mjs";
import { env } from "./env";

/** A rule: at most `limit` events per `windowSeconds` for one key. */
export type RateRule = { bucket: string; limit: number; windowSeconds: number };

const FIFTEEN_MINUTES = 15 * 60;

/**
 * The rules. Password failures are limited per address and per account *from that address*, so
 * an attacker elsewhere cannot lock a real reader out; provider sign-in is never limited here.
 */
export const rules = {
  signInPerAddress: { bucket: "sign-in:address", limit: 30, windowSeconds: FIFTEEN_MINUTES },
  signInPerAccount: { bucket: "sign-in:account", limit: 10, windowSeconds: FIFTEEN_MINUTES },
  signUpPerAddress: { bucket: "sign-up:address", limit: 10, windowSeconds: FIFTEEN_MINUTES },
  /** "Forgot your password?" requests from one client address. */
  passwordResetPerAddress: { bucket: "password-reset:address", limit: 5, windowSeconds: FIFTEEN_MINUTES },
  /** Sign-in links asked for from one client address. */
  signInLinkPerAddress: { bucket: "sign-in-link:address", limit: 5, windowSeconds: FIFTEEN_MINUTES },
  /**
   * Account messages (reset links, sign-up notices, confirmation links) to one email address:
   * nobody can use the forms to flood someone's inbox. Counted whether or not the address has an
   * account, and never told to the asker, so it reveals nothing.
   */
  accountEmailsPerRecipient: { bucket: "account-email:recipient", limit: 3, windowSeconds: 60 * 60 },
  /** Likes and unlikes by one reader: plenty for a person, too few to churn the database. */
  likesPerReader: { bucket: "like:reader", limit: 30, windowSeconds: 60 },
  /** New or removed pictures by one person: each decodes an image and refreshes their pages. */
  avatarChangesPerReader: { bucket: "avatar:reader", limit: 10, windowSeconds: 60 * 60 },
  /** Edits of their comments by one reader. */
  commentEditsPerReader: { bucket: "comment-edit:reader", limit: 10, windowSeconds: 60 },
  /**
   * How often likes may refresh one post's cached page and the lists' counts: once a minute,
   * across every instance. Readers see live counts in the meantime (the engagement endpoint).
   */
  likeCountRefreshPerPost: { bucket: "like-refresh:post", limit: 1, windowSeconds: 60 },
} satisfies Record<string, RateRule>;

/**
 * Counts an attempt against every rule first, before the work it limits (checking a password,
 * creating an account): all or none, atomically, so a burst of parallel attempts gets at most
 * `limit` through. Answers a token for `giveBack` (the attempt turned out fine), or null when
 * a rule's limit is reached.
 */
export async function takeAttempts(...attempts: [RateRule, string][]): Promise<{ ids: number[] } | null> {
  const ids = await recordEventsWithin(attempts.map(([rule, key]) => ({ ...rule, key })));
  return ids && { ids };
}

/** takeAttempts for one rule: true when the attempt may go ahead. */
export async function takeAttempt(rule: RateRule, key: string): Promise<boolean> {
  return (await takeAttempts([rule, key])) !== null;
}

/** Takes back attempts that turned out fine (a correct password is no failure). */
export function giveBack(taken: { ids: number[] }): Promise<void> {
  return forgetEvents(taken);
}

/** Forgets the key's events under the rule. */
export function reset(rule: RateRule, key: string): Promise<void> {
  return clearEvents({ bucket: rule.bucket, key });
}

/**
 * The caller's address, as far as it can be trusted: from the header the production server
 * (lib/serve.mjs) or the host sets (CLIENT_ADDRESS_HEADER), which no client can write. Without
 * one (`next dev`, a bare `next start`) it falls back to X-Forwarded-For read with
 * TRUSTED_PROXY_HOPS, which a client reaching Next directly can write: run `npm start`.
 */
export function clientAddress(headers: Headers): string {
  const { CLIENT_ADDRESS_HEADER, TRUSTED_PROXY_HOPS } = env();
  if (CLIENT_ADDRESS_HEADER) return headers.get(CLIENT_ADDRESS_HEADER)?.split(",")[0]?.trim() || "unknown";
  return pickClientAddress(headers.get("x-forwarded-for") ?? undefined, undefined, TRUSTED_PROXY_HOPS);
}
