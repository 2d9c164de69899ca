import { createHash, randomBytes } from "node:crypto";

/** A new single-use token for a link (256 random bits) and the hash that is stored for it. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

/** What the database keeps of a token: a copy of the table cannot be turned into links. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const RESET_LINK_SECONDS = 60 * 60;
export const VERIFY_LINK_SECONDS = 48 * 60 * 60;
/** A sign-in link is a password sent by mail: it works once, for a quarter of an hour. */
export const SIGN_IN_LINK_SECONDS = 15 * 60;
