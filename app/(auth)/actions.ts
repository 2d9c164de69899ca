"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { oauthProviderList, signIn, signOut, TooManyAttempts } from "@/auth";
import { createPasswordUser } from "@/db/queries/users";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { safeReturnTo } from "@/lib/auth/return-to";
import { clientAddress, hit, isLimited, rules } from "@/lib/rate-limit";
import { providerSignInSchema, signInSchema, signUpSchema, type AuthFormState } from "./schema";

const TOO_MANY = "Too many attempts from here. Please wait 15 minutes and try again, or sign in another way.";

function errorsOf(error: z.ZodError): AuthFormState["fieldErrors"] {
  return z.flattenError(error).fieldErrors as AuthFormState["fieldErrors"];
}

/** Signs in with email and password, then returns to where the reader came from. */
export async function signInWithPassword(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { fieldErrors: errorsOf(parsed.error), values: { email } };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof TooManyAttempts) return { message: TOO_MANY, values: { email } };
    if (error instanceof AuthError) {
      // The same words whether or not the email has an account.
      return { message: "That email and password do not match an account.", values: { email } };
    }
    throw error;
  }
  return { redirectTo: safeReturnTo(parsed.data.returnTo) };
}

/** Creates a reader account with a password and signs it in. */
export async function signUpWithPassword(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: errorsOf(parsed.error), values };
  if (isCommonPassword(parsed.data.password)) {
    return {
      fieldErrors: {
        password: ["That password is one of the most common ones, and easy to guess. Please choose another."],
      },
      values,
    };
  }
  const address = clientAddress(await headers());
  if (await isLimited(rules.signUpPerAddress, address)) return { message: TOO_MANY, values };
  await hit(rules.signUpPerAddress, address);

  const user = await createPasswordUser({
    name: parsed.data.name,
    email: parsed.data.email,
    passwordHash: await hashPassword(parsed.data.password),
  });
  if (!user) {
    return {
      message: "We could not create an account with these details. If you already have one, sign in instead.",
      values,
    };
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  return { redirectTo: safeReturnTo(parsed.data.returnTo) };
}

/** Starts sign-in with GitHub or Google, where configured. */
export async function signInWithProvider(formData: FormData): Promise<void> {
  const parsed = providerSignInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success || !oauthProviderList.some((p) => p.id === parsed.data.provider)) return;
  await signIn(parsed.data.provider, { redirectTo: safeReturnTo(parsed.data.returnTo) });
}

/** Signs out; the browser then reloads the home page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
}
