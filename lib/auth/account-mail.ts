import "server-only";
import { issueAccountLink } from "@/db/queries/account-links";
import { getUserWithPasswordByEmail, normaliseEmail } from "@/db/queries/users";
import { deliverSoon } from "../email/deliver";
import {
  confirmNewEmailEmail,
  passwordResetEmail,
  signInLinkEmail,
  signUpAttemptEmail,
  siteLink,
  verifyEmailEmail,
} from "../email/messages";
import { rules, takeAttempt } from "../rate-limit";
import { newLinkToken, RESET_LINK_SECONDS, SIGN_IN_LINK_SECONDS, VERIFY_LINK_SECONDS } from "./tokens";

// The messages about an account: each is stored with its link in one transaction and delivered
// after the response. None of them tells the asker whether the address has an account.

/** May one more account message go to this address? (Not told to the asker.) */
const mayWriteTo = (email: string) => takeAttempt(rules.accountEmailsPerRecipient, normaliseEmail(email));

/** A password-reset link for the address's account; nothing when there is none. */
export async function sendPasswordReset(email: string): Promise<void> {
  if (!(await mayWriteTo(email))) return;
  const user = await getUserWithPasswordByEmail({ email });
  if (!user) return;
  await issueResetLink(user, (link) => passwordResetEmail({ to: user.email, name: user.name, link }));
}

/**
 * Tells the owner of an address that someone tried to sign up with it, with a way in: a sign-in
 * link and a password-reset link.
 */
export async function sendSignUpAttemptNotice(email: string): Promise<void> {
  if (!(await mayWriteTo(email))) return;
  const user = await getUserWithPasswordByEmail({ email });
  if (!user) return;
  await issueResetLink(user, (resetLink) => signUpAttemptEmail({ to: user.email, name: user.name, resetLink }));
}

async function issueResetLink(
  user: { id: string; email: string },
  message: (link: string) => Parameters<typeof issueAccountLink>[1],
): Promise<void> {
  const { token, tokenHash } = newLinkToken();
  await issueAccountLink(
    { userId: user.id, purpose: "password-reset", tokenHash, email: user.email, ttlSeconds: RESET_LINK_SECONDS },
    message(resetLink(token)),
  );
  deliverSoon();
}

/** A one-time sign-in link for the address's account; nothing when there is none. */
export async function sendSignInLink(email: string, returnTo: string): Promise<void> {
  if (!(await mayWriteTo(email))) return;
  const user = await getUserWithPasswordByEmail({ email });
  if (!user) return;
  const { token, tokenHash } = newLinkToken();
  const query = new URLSearchParams({ token, ...(returnTo !== "/" && { returnTo }) });
  await issueAccountLink(
    { userId: user.id, purpose: "sign-in", tokenHash, email: user.email, ttlSeconds: SIGN_IN_LINK_SECONDS },
    signInLinkEmail({ to: user.email, name: user.name, link: siteLink(`/sign-in/link?${query}`) }),
  );
  deliverSoon();
}

/** A new address-confirmation link for a signed-in reader (the first one came with sign-up). */
export async function sendConfirmationLink(user: { id: string; name: string; email: string }): Promise<boolean> {
  if (!(await mayWriteTo(user.email))) return false;
  const { token, tokenHash } = newLinkToken();
  await issueAccountLink(
    { userId: user.id, purpose: "email-verification", tokenHash, email: user.email, ttlSeconds: VERIFY_LINK_SECONDS },
    verifyEmailEmail({ to: user.email, name: user.name, link: confirmLink(token) }),
  );
  deliverSoon();
  return true;
}

export const resetLink = (token: string) => siteLink(`/reset-password?token=${encodeURIComponent(token)}`);
export const confirmLink = (token: string) => siteLink(`/verify-email?token=${encodeURIComponent(token)}`);

export const EMAIL_CHANGE_LINK_SECONDS = 24 * 60 * 60;

/**
 * Sends a link to a new address: the account moves there only when it is used. Nothing is sent
 * when another account has the address (the asker is not told, so it reveals nothing).
 */
export async function sendEmailChangeLink(user: { id: string; name: string }, newEmail: string): Promise<void> {
  const email = normaliseEmail(newEmail);
  if (!(await mayWriteTo(email))) return;
  if (await getUserWithPasswordByEmail({ email })) return;
  const { token, tokenHash } = newLinkToken();
  await issueAccountLink(
    { userId: user.id, purpose: "email-change", tokenHash, email, ttlSeconds: EMAIL_CHANGE_LINK_SECONDS },
    confirmNewEmailEmail({
      to: email,
      name: user.name,
      link: siteLink(`/confirm-email?token=${encodeURIComponent(token)}`),
    }),
  );
  deliverSoon();
}
