import "server-only";
import { clearEvents, countRecentEvents, recordEvent } from "@/db/queries/rate-limits";

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
} satisfies Record<string, RateRule>;

/** True while the key is over the rule's limit. */
export async function isLimited(rule: RateRule, key: string): Promise<boolean> {
  return (await countRecentEvents({ bucket: rule.bucket, key, windowSeconds: rule.windowSeconds })) >= rule.limit;
}

/** Counts one event against the rule. */
export function hit(rule: RateRule, key: string): Promise<void> {
  return recordEvent({ bucket: rule.bucket, key });
}

/** Forgets the key's events under the rule. */
export function reset(rule: RateRule, key: string): Promise<void> {
  return clearEvents({ bucket: rule.bucket, key });
}

/** The caller's address from the proxy headers the host sets, or "unknown". */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
