import "server-only";
import { z } from "zod";
import { getUserWithPasswordByEmail, normaliseEmail, type AuthUser } from "@/db/queries/users";
import { clientAddress, giveBack, reset, rules, takeAttempts } from "../rate-limit";
import { hashPassword, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});

// A hash of a random password: checking it costs as much as checking a real account, so the time
// a sign-in takes does not tell whether the email has an account.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export type PasswordCheck = { ok: true; user: AuthUser } | { ok: false; reason: "invalid" | "rate-limited" };

/**
 * Checks an email and password for the sign-in provider. Failures count against the caller's
 * address and against the account from that address, so an attacker elsewhere cannot lock the
 * reader out; a success clears the account's count from that address.
 */
export async function checkPassword(input: unknown, headers: Headers): Promise<PasswordCheck> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const email = normaliseEmail(parsed.data.email);
  const address = clientAddress(headers);
  const accountKey = `${email}|${address}`;
  // Counted before the (slow) check, so parallel guesses cannot all be checked; given back when
  // the password is right.
  const attempt = await takeAttempts([rules.signInPerAddress, address], [rules.signInPerAccount, accountKey]);
  if (!attempt) return { ok: false, reason: "rate-limited" };
  const found = await getUserWithPasswordByEmail({ email });
  const matches = await verifyPassword(found?.passwordHash ?? (await getDummyHash()), parsed.data.password);
  if (!found?.passwordHash || !matches) return { ok: false, reason: "invalid" };
  await giveBack(attempt);
  await reset(rules.signInPerAccount, accountKey);
  return {
    ok: true,
    user: {
      id: found.id,
      name: found.name,
      email: found.email,
      image: found.image,
      role: found.role,
      verified: found.verified,
    },
  };
}
