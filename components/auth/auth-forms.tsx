"use client";

import Link from "next/link";
import { useActionState, useEffect } from "react";
import { signInWithPassword, signUpWithPassword } from "@/app/(auth)/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/limits";
import type { AuthFormState } from "@/app/(auth)/schema";
import { Field } from "../ui/field";

const submit =
  "w-full rounded-full bg-accent px-5 py-3 font-semibold text-accent-fg hover:opacity-90 disabled:opacity-60";

/** After success, a full load of the return address, so every part of the page knows the reader. */
function useRedirectOnSuccess(state: AuthFormState) {
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);
}

function FormMessage({ message }: { message?: string }) {
  return (
    <p
      role="alert"
      className="rounded-xl bg-red-50 px-4 py-3 text-sm font-medium text-red-800 empty:hidden dark:bg-red-950 dark:text-red-200"
    >
      {message}
    </p>
  );
}

/** Email and password sign-in; the email stays in the field after a failure. */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInWithPassword, {}, "/sign-in");
  useRedirectOnSuccess(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormMessage message={state.message} />
      <Field
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <button type="submit" disabled={pending} className={submit}>
        {pending || state.redirectTo ? "Signing in…" : "Sign in"}
      </button>
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
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpWithPassword, {}, "/sign-up");
  useRedirectOnSuccess(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormMessage message={state.message} />
      <Field
        id="name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
        hint="Shown with your comments."
      />
      <Field
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        errors={state.fieldErrors?.password}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A few unrelated words make a strong one.`}
      />
      <button type="submit" disabled={pending} className={submit}>
        {pending || state.redirectTo ? "Creating your account…" : "Create account"}
      </button>
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
