"use client";

import Link from "next/link";
import { useActionState, useEffect } from "react";
import { signInWithPassword, signUpWithPassword } from "@/app/(auth)/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/limits";
import type { FormState } from "@/lib/actions";
import { Button } from "../ui/button";
import { TextField } from "../ui/field";
import { FormError } from "../ui/form-error";

type AuthFormState = FormState<{ redirectTo: string }>;

/** After success, a full load of the return address, so every part of the page knows the reader. */
function useRedirectOnSuccess(state: AuthFormState): string | undefined {
  const redirectTo = state?.ok ? state.data.redirectTo : undefined;
  useEffect(() => {
    if (redirectTo) window.location.assign(redirectTo);
  }, [redirectTo]);
  return redirectTo;
}

/** A failure's sentence, unless the fields say it themselves. */
const formMessage = (state: AuthFormState) => (state && !state.ok && !state.fieldErrors ? state.message : undefined);
const fieldErrors = (state: AuthFormState, field: string) =>
  state && !state.ok ? state.fieldErrors?.[field] : undefined;

/** The email field of both forms, keeping what was typed after a failure. */
function EmailField({ state }: { state: AuthFormState }) {
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
export function SignInForm({ returnTo }: { returnTo: string }) {
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
      <Button type="submit" variant="wide" pending={pending || Boolean(redirectTo)} pendingLabel="Signing in…">
        Sign in
      </Button>
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
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpWithPassword, null, "/sign-up");
  const redirectTo = useRedirectOnSuccess(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError tone="banner" message={formMessage(state)} />
      <TextField
        id="name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state?.values.name}
        errors={fieldErrors(state, "name")}
        hint="Shown with your comments."
      />
      <EmailField state={state} />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        errors={fieldErrors(state, "password")}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A few unrelated words make a strong one.`}
      />
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
