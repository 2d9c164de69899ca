import "server-only";
import type { AccountTokenPurpose } from "@/db/enums";
import { findUsableAccountToken } from "@/db/queries/account-tokens";
import { hashLinkToken } from "@/lib/auth/tokens";

/**
 * The token an emailed link carries in its address, and whose it is while it can be used (null
 * when it is unknown, used or expired).
 */
export async function readLinkToken(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
  purpose: AccountTokenPurpose,
): Promise<{ token: string; owner: { email: string; name: string } | null }> {
  const { token } = await searchParams;
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return { token: "", owner: null };
  return { token, owner: await findUsableAccountToken({ tokenHash: hashLinkToken(token), purpose }) };
}
