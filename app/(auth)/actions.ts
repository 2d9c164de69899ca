"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { oauthProviderList, signIn, signOut, TooManyAttempts } from "@/auth";
import { changeEmailWithToken, resetPasswordWithToken } from "@/db/queries/account-links";
import { endAllSignIns } from "@/db/queries/sign-ins";
import { createPasswordUser, getAuthUser, normaliseEmail } from "@/db/queries/users";
import { defineAction, defineFormAction, fail, ok, type ActionResult } from "@/lib/actions";
import {
  confirmLink,
  sendConfirmationLink,
  sendPasswordReset,
  sendSignInLink,
  sendSignUpAttemptNotice,
} from "@/lib/auth/account-mail";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { safeReturnTo } from "@/lib/auth/return-to";
import { hashLinkToken, newLinkToken, VERIFY_LINK_SECONDS } from "@/lib/auth/tokens";
import { emailDelivery } from "@/lib/email/config";
import { deliverSoon } from "@/lib/email/deliver";
import { emailChangedEmail, verifyEmailEmail } from "@/lib/email/messages";
import { clientAddress, rules, takeAttempt } from "@/lib/rate-limit";
import {
  confirmEmailSchema,
  forgotPasswordSchema,
  providerSignInSchema,
  resetPasswordSchema,
  signInLinkSchema,
  signInSchema,
  signUpSchema,
} from "./schema";

const TOO_MANY = "Too many attempts from here. Please wait 15 minutes and try again, or sign in another way.";
const COMMON_PASSWORD = {
  password: ["That password is one of the most common ones, and easy to guess. Please choose another."],
};
const LINK_USED =
  "This link has expired or was already used. Links work once, for a limited time: ask for a new one below.";

/**
 * Signs in with email and password. On success the form gets where to go: the browser loads it
 * afresh, since everything on the page may now look different.
 */
export const signInWithPassword = defineFormAction(
  { schema: signInSchema, role: "public", secret: ["password"] },
  async ({ email, password, returnTo }) => {
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (error instanceof TooManyAttempts) return fail("rate-limited", TOO_MANY);
      // The same words whether or not the email has an account.
      if (error instanceof AuthError) return fail("invalid", "That email and password do not match an account.");
      throw error;
    }
    return ok({ redirectTo: safeReturnTo(returnTo) });
  },
);

/**
 * What sign-up answers: where to go (signed in), or to check the inbox. With email configured
 * the answer is the same whether or not the address already had an account, so the form cannot
 * be used to find out who reads here.
 */
export type SignUpResult = { redirectTo: string } | { checkInbox: string };

/**
 * Creates a reader account with a password. With email configured, the reader confirms the
 * address from a link before they are signed in (the address's owner, if it has an account
 * already, is told instead); without it the account counts as confirmed and is signed in.
 */
export const signUpWithPassword = defineFormAction(
  { schema: signUpSchema, role: "public", secret: ["password"] },
  async ({ name, email, password, returnTo }): Promise<ActionResult<SignUpResult>> => {
    if (isCommonPassword(password)) return fail("invalid", "Please check the highlighted fields.", COMMON_PASSWORD);
    // Counted before the account is made, atomically: parallel sign-ups cannot slip past it.
    if (!(await takeAttempt(rules.signUpPerAddress, clientAddress(await headers()))))
      return fail("rate-limited", TOO_MANY);
    const passwordHash = await hashPassword(password);

    if (emailDelivery() === "log") {
      const created = await createPasswordUser({ name, email, passwordHash, verified: true });
      if (!created.ok) {
        return fail(
          "conflict",
          "We could not create an account with these details. If you already have one, sign in instead.",
        );
      }
      await signIn("credentials", { email, password, redirect: false });
      return ok({ redirectTo: safeReturnTo(returnTo) });
    }

    const { token, tokenHash } = newLinkToken();
    const link = `${confirmLink(token)}&returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;
    const created = await createPasswordUser({
      name,
      email,
      passwordHash,
      verified: false,
      confirmation: {
        tokenHash,
        ttlSeconds: VERIFY_LINK_SECONDS,
        message: verifyEmailEmail({ to: normaliseEmail(email), name: name.trim(), link }),
      },
    });
    if (created.ok) deliverSoon();
    else await sendSignUpAttemptNotice(email);
    return ok({ checkInbox: normaliseEmail(email) });
  },
);

/**
 * "Forgot your password?": mails a single-use reset link when the address has an account. The
 * answer is the same either way.
 */
export const requestPasswordReset = defineFormAction(
  { schema: forgotPasswordSchema, role: "public" },
  async ({ email }) => {
    if (!(await takeAttempt(rules.passwordResetPerAddress, clientAddress(await headers()))))
      return fail("rate-limited", "Too many requests from here. Please wait 15 minutes and try again.");
    await sendPasswordReset(email);
    return ok({ checkInbox: normaliseEmail(email) });
  },
);

/**
 * "Email me a sign-in link": the same answer whether or not the address has an account. Offered
 * only when mail is really sent: a link written to the server log would sign in whoever reads it.
 */
export const requestSignInLink = defineFormAction(
  { schema: signInLinkSchema, role: "public" },
  async ({ email, returnTo }) => {
    if (emailDelivery() !== "smtp") return fail("invalid", "Sign-in links are not offered here. Use your password.");
    if (!(await takeAttempt(rules.signInLinkPerAddress, clientAddress(await headers()))))
      return fail("rate-limited", "Too many requests from here. Please wait 15 minutes and try again.");
    await sendSignInLink(email, safeReturnTo(returnTo));
    return ok({ checkInbox: normaliseEmail(email) });
  },
);

/** Signs in with the token of an emailed link (auth.ts's link providers), then goes on. */
async function signInThroughLink(
  provider: "sign-in-link" | "email-link",
  token: string,
  returnTo: string | undefined,
): Promise<ActionResult<{ redirectTo: string }>> {
  try {
    await signIn(provider, { token, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return fail("invalid", LINK_USED);
    throw error;
  }
  return ok({ redirectTo: safeReturnTo(returnTo) });
}

/** Signs in with a one-time link from a message; takes the press of a button, never the visit. */
export const signInWithLink = defineFormAction(
  { schema: confirmEmailSchema, role: "public", secret: ["token"] },
  ({ token, returnTo }) => signInThroughLink("sign-in-link", token, returnTo),
);

/**
 * Sets a new password from a reset link, ends every session of the account (a thief's too) and
 * signs this browser in with the new password.
 */
export const resetPassword = defineFormAction(
  { schema: resetPasswordSchema, role: "public", secret: ["password", "token"] },
  async ({ token, password }) => {
    if (isCommonPassword(password)) return fail("invalid", "Please check the highlighted fields.", COMMON_PASSWORD);
    const user = await resetPasswordWithToken({
      tokenHash: hashLinkToken(token),
      passwordHash: await hashPassword(password),
    });
    if (!user) return fail("invalid", LINK_USED);
    await signIn("credentials", { email: user.email, password, redirect: false });
    return ok({ redirectTo: "/" });
  },
);

/** Confirms the address from the link in the sign-up message, and signs in. */
export const confirmEmail = defineFormAction(
  { schema: confirmEmailSchema, role: "public", secret: ["token"] },
  ({ token, returnTo }) => signInThroughLink("email-link", token, returnTo),
);

/** Moves an account to the address an address-change link was sent to, and tells the old one. */
export const confirmEmailChange = defineFormAction(
  { schema: confirmEmailSchema, role: "public", secret: ["token"] },
  async ({ token }) => {
    const changed = await changeEmailWithToken({ tokenHash: hashLinkToken(token), notice: emailChangedEmail });
    if (!changed.ok) {
      return changed.reason === "taken"
        ? fail("conflict", "Another account uses that address now, so yours stays as it was.")
        : fail("invalid", LINK_USED);
    }
    deliverSoon();
    return ok({ redirectTo: "/account" });
  },
);

/** Sends the signed-in reader a new address-confirmation link. */
export const resendConfirmation = defineAction(
  { schema: z.object({}), role: "reader" },
  async (_input, viewer): Promise<ActionResult<{ sentTo: string | null }>> => {
    const user = await getAuthUser({ id: viewer.id });
    if (!user) return fail("not-found", "Your account is no longer there.");
    if (user.verified) return ok({ sentTo: null });
    if (!(await sendConfirmationLink(user)))
      return fail(
        "rate-limited",
        "We have sent several links in the last hour. Please check your inbox, or wait a while.",
      );
    return ok({ sentTo: user.email });
  },
);

/** Starts sign-in with GitHub or Google, where configured (Auth.js redirects to the provider). */
export const signInWithProvider = defineAction({ schema: providerSignInSchema, role: "public" }, async (input) => {
  if (!oauthProviderList.some((p) => p.id === input.provider))
    return fail("not-found", "That way of signing in is not set up.");
  await signIn(input.provider, { redirectTo: safeReturnTo(input.returnTo) });
  return ok(null);
});

/**
 * The provider buttons' form action (they work without JavaScript): a failure has nothing to
 * show there, since buttons exist only for the providers this deployment configured.
 */
export async function submitProviderSignIn(formData: FormData): Promise<void> {
  await signInWithProvider(formData);
}

/** Signs out; the browser then reloads the home page. */
export const signOutAction = defineAction({ schema: z.object({}), role: "public" }, async () => {
  await signOut({ redirect: false });
  return ok(null);
});

/** Ends every session of the signed-in reader, on every device, this one included. */
export const signOutEverywhere = defineAction({ schema: z.object({}), role: "reader" }, async (_input, viewer) => {
  await endAllSignIns({ userId: viewer.id });
  await signOut({ redirect: false });
  return ok(null);
});
