"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { oauthProviderList, signIn, signOut, TooManyAttempts } from "@/auth";
import { endAllSignIns } from "@/db/queries/sign-ins";
import { createPasswordUser } from "@/db/queries/users";
import { defineAction, defineFormAction, fail, ok } from "@/lib/actions";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { safeReturnTo } from "@/lib/auth/return-to";
import { clientAddress, rules, takeAttempt } from "@/lib/rate-limit";
import { providerSignInSchema, signInSchema, signUpSchema } from "./schema";

const TOO_MANY = "Too many attempts from here. Please wait 15 minutes and try again, or sign in another way.";

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

/** Creates a reader account with a password and signs it in. */
export const signUpWithPassword = defineFormAction(
  { schema: signUpSchema, role: "public", secret: ["password"] },
  async ({ name, email, password, returnTo }) => {
    if (isCommonPassword(password)) {
      return fail("invalid", "Please check the highlighted fields.", {
        password: ["That password is one of the most common ones, and easy to guess. Please choose another."],
      });
    }
    // Counted before the account is made, atomically: parallel sign-ups cannot slip past it.
    if (!(await takeAttempt(rules.signUpPerAddress, clientAddress(await headers()))))
      return fail("rate-limited", TOO_MANY);

    const created = await createPasswordUser({ name, email, passwordHash: await hashPassword(password) });
    if (!created.ok) {
      return fail(
        "conflict",
        "We could not create an account with these details. If you already have one, sign in instead.",
      );
    }
    await signIn("credentials", { email, password, redirect: false });
    return ok({ redirectTo: safeReturnTo(returnTo) });
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
