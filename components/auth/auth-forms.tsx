"use client";

import Link from "next/link";
import { useActionState, useEffect } from "react";
import { signInWithPassword, signUpWithPassword, type SignUpResult } from "@/app/(auth)/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/limits";
import type { FormState } from "@/lib/actions";
import { Button } from "../ui/button";
import { TextField } from "../ui/field";
import { FormError } from "../ui/form-error";

type AuthFormState = FormState<{ redirectTo: string }>;

/** After success, a full load of the return address, so every part of the page knows the reader. */
export function useRedirectOnSuccess(state: FormState<SignUpResult>): string | undefined {
  const redirectTo = state?.ok && "redirectTo" in state.data ? state.data.redirectTo : undefined;
  useEffect(() => {
    if (redirectTo) window.location.assign(redirectTo);
  }, [redirectTo]);
  return redirectTo;
}

/** A failure's sentence, unless the fields say it themselves. */
export const formMessage = (state: FormState<unknown>) =>
  state && !state.ok && !state.fieldErrors ? state.message : undefined;
export const fieldErrors = (state: FormState<unknown>, field: string) =>
  state && !state.ok ? state.fieldErrors?.[field] : undefined;

/** The email field of the account forms, keeping what was typed after a failure. */
export function EmailField({ state }: { state: FormState<unknown> }) {
  return (
    <TextField
      id="email"
      name="email"
      type="email"
      label="Email"
      autoComplete="email"
      required
      defaultValue={state?.values.email}
      errors={fieldErrors(state, "email")}
    />
  );
}

/** Email and password sign-in; the email stays in the field after a failure. */
export function SignInForm({ returnTo, offerLink = false }: { returnTo: string; offerLink?: boolean }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInWithPassword, null, "/sign-in");
  const redirectTo = useRedirectOnSuccess(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError tone="banner" message={formMessage(state)} />
      <EmailField state={state} />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "password")}
      />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="text-accent underline underline-offset-2">
          Forgot your password?
        </Link>
      </p>
      <Button type="submit" variant="wide" pending={pending || Boolean(redirectTo)} pendingLabel="Signing in…">
        Sign in
      </Button>
      {offerLink && (
        <p className="text-center text-sm">
          <Link
            href={`/sign-in/email?returnTo=${encodeURIComponent(returnTo)}`}
            className="font-semibold text-accent underline underline-offset-2"
          >
            Email me a sign-in link instead
          </Link>
        </p>
      )}
      <p className="text-center text-sm text-muted">
        New here?{" "}
        <Link
          href={`/sign-up?returnTo=${encodeURIComponent(returnTo)}`}
          className="font-semibold text-accent underline underline-offset-2"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}

/** Sign-up with name, email and password; everything but the password survives a failure. */
export function SignUpForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState<FormState<SignUpResult>, FormData>(
    signUpWithPassword,
    null,
    "/sign-up",
  );
  const redirectTo = useRedirectOnSuccess(state);
  if (state?.ok && "checkInbox" in state.data) {
    return (
      <CheckInbox email={state.data.checkInbox}>
        Open the link in it to confirm your address and sign in. It works for two days.
      </CheckInbox>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError tone="banner" message={formMessage(state)} />
      <NameField id="name" value={state?.values.name} errors={fieldErrors(state, "name")} />
      <EmailField state={state} />
      <NewPasswordField id="password" label="Password" errors={fieldErrors(state, "password")} />
      <Button
        type="submit"
        variant="wide"
        pending={pending || Boolean(redirectTo)}
        pendingLabel="Creating your account…"
      >
        Create account
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <Link
          href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}
          className="font-semibold text-accent underline underline-offset-2"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}

/** What a form that sent a link shows: where to look, and what to do if nothing comes. */
export function CheckInbox({ email, children }: { email: string; children: React.ReactNode }) {
  return (
    <div role="status" className="space-y-4">
      <h2 className="font-serif text-xl font-bold">Check your inbox</h2>
      <p>
        We have sent a message to <strong className="break-all">{email}</strong>. {children}
      </p>
      <p className="text-sm text-muted">
        Nothing after a few minutes? Look in your spam folder, or check that the address is spelled right.
      </p>
    </div>
  );
}

/** A field for choosing a password, with its bounds and advice. */
export function NewPasswordField({
  id,
  label,
  errors,
  hint = "A few unrelated words make a strong one.",
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
}) {
  return (
    <TextField
      id={id}
      name="password"
      type="password"
      label={label}
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      errors={errors}
      hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. ${hint}`}
    />
  );
}

/** The display name of an account. */
export function NameField({ id, value, errors }: { id: string; value?: string; errors?: string[] }) {
  return (
    <TextField
      id={id}
      name="name"
      label="Name"
      autoComplete="name"
      required
      maxLength={80}
      defaultValue={value}
      errors={errors}
      hint="Shown with your comments."
    />
  );
}
