"use client";

import Link from "next/link";
import { useActionState } from "react";
import {
  confirmEmail,
  confirmEmailChange,
  requestPasswordReset,
  requestSignInLink,
  resetPassword,
  signInWithLink,
} from "@/app/(auth)/actions";
import type { FormState } from "@/lib/actions";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { CheckInbox, EmailField, fieldErrors, formMessage, NewPasswordField, useRedirectOnSuccess } from "./auth-forms";

/** "Forgot your password?": asks for the address; the answer is the same whether it has an account. */
export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<FormState<{ checkInbox: string }>, FormData>(
    requestPasswordReset,
    null,
    "/forgot-password",
  );
  if (state?.ok) {
    return (
      <CheckInbox email={state.data.checkInbox}>
        If an account uses this address, the message has a link to choose a new password. It works once, for one hour.
      </CheckInbox>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <p className="text-muted">
        Enter the address you signed up with. We will send you a link to choose a new password.
      </p>
      <FormError tone="banner" message={formMessage(state)} />
      <EmailField state={state} />
      <Button type="submit" variant="wide" pending={pending} pendingLabel="Sending…">
        Send the link
      </Button>
      <p className="text-center text-sm text-muted">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-semibold text-accent underline underline-offset-2">
          Sign in
        </Link>
      </p>
    </form>
  );
}

/**
 * An unknown, used or expired link, with the way to a new one. The link pages decide this on the
 * server, but the form stays mounted: using the link re-renders the page (the action sets the
 * session cookie), and by then the link is used, yet the form must still take the reader on.
 */
function UsedLink({ children }: { children: React.ReactNode }) {
  return (
    <div className="space-y-4">
      <FormError tone="banner" message="This link has expired or was already used." />
      {children}
    </div>
  );
}

/** The page a reset link opens: a new password, then the reader is signed in. */
export function ResetPasswordForm({ token, email }: { token: string; email: string | null }) {
  const [state, action, pending] = useActionState<FormState<{ redirectTo: string }>, FormData>(resetPassword, null);
  const redirectTo = useRedirectOnSuccess(state);
  if (email === null && !state?.ok) {
    return (
      <UsedLink>
        <p>Reset links work once, for one hour.</p>
        <Link href="/forgot-password" className="inline-block font-semibold text-accent underline underline-offset-2">
          Send me a new link
        </Link>
      </UsedLink>
    );
  }
  const message = formMessage(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      {email && <input type="hidden" name="username" autoComplete="username" value={email} />}
      <p className="text-muted">
        Choose a new password
        {email && (
          <>
            {" "}
            for <strong className="break-all text-fg">{email}</strong>
          </>
        )}
        . Every device signed in to your account will be signed out.
      </p>
      <FormError tone="banner" message={message} />
      {state && !state.ok && state.reason === "invalid" && !state.fieldErrors ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-semibold text-accent underline underline-offset-2">
            Send me a new link
          </Link>
        </p>
      ) : null}
      <NewPasswordField id="password" label="New password" errors={fieldErrors(state, "password")} />
      <Button type="submit" variant="wide" pending={pending || Boolean(redirectTo)} pendingLabel="Saving…">
        Set the new password
      </Button>
    </form>
  );
}

/**
 * The page a confirmation link opens. Confirming takes a press of the button, not just the visit:
 * mail scanners that open every link in a message must not use it up.
 */
export function ConfirmEmailForm({
  token,
  returnTo,
  usable,
  change = false,
}: {
  token: string;
  returnTo: string;
  usable: boolean;
  /** A link to move an account to a new address, rather than to confirm a new account's. */
  change?: boolean;
}) {
  const [state, action, pending] = useActionState<FormState<{ redirectTo: string }>, FormData>(
    change ? confirmEmailChange : confirmEmail,
    null,
  );
  const redirectTo = useRedirectOnSuccess(state);
  if (!usable && !state?.ok) {
    return (
      <UsedLink>
        <p>
          If you have confirmed your address already, just sign in. Otherwise sign in, and your account page can send a
          new link.
        </p>
        <Link
          href="/sign-in?returnTo=/account"
          className="inline-block font-semibold text-accent underline underline-offset-2"
        >
          Sign in
        </Link>
      </UsedLink>
    );
  }
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <p className="text-muted">
        {change
          ? "One step left: confirm that your account should use this address from now on."
          : "One step left: confirm that this address is yours, and you are signed in."}
      </p>
      <FormError tone="banner" message={formMessage(state)} />
      <Button type="submit" variant="wide" pending={pending || Boolean(redirectTo)} pendingLabel="Confirming…">
        {change ? "Use this address" : "Confirm my email"}
      </Button>
    </form>
  );
}

/** "Email me a sign-in link": asks for the address; the answer is the same whether it has an account. */
export function SignInLinkForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState<FormState<{ checkInbox: string }>, FormData>(
    requestSignInLink,
    null,
    "/sign-in/email",
  );
  if (state?.ok) {
    return (
      <CheckInbox email={state.data.checkInbox}>
        If an account uses this address, the message has a link that signs you in. It works once, for 15 minutes.
      </CheckInbox>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <p className="text-muted">Enter the address of your account, and we will send you a link that signs you in.</p>
      <FormError tone="banner" message={formMessage(state)} />
      <EmailField state={state} />
      <Button type="submit" variant="wide" pending={pending} pendingLabel="Sending…">
        Send the link
      </Button>
      <p className="text-center text-sm text-muted">
        <Link
          href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}
          className="font-semibold text-accent underline underline-offset-2"
        >
          Sign in with your password
        </Link>
      </p>
    </form>
  );
}

/**
 * The page a sign-in link opens. Signing in takes a press of the button, not just the visit:
 * mail scanners that open every link in a message must not use it up.
 */
export function SignInWithLinkForm({
  token,
  returnTo,
  email,
}: {
  token: string;
  returnTo: string;
  email: string | null;
}) {
  const [state, action, pending] = useActionState<FormState<{ redirectTo: string }>, FormData>(signInWithLink, null);
  const redirectTo = useRedirectOnSuccess(state);
  if (email === null && !state?.ok) {
    return (
      <UsedLink>
        <p>Sign-in links work once, for 15 minutes.</p>
        <Link
          href={`/sign-in/email?returnTo=${encodeURIComponent(returnTo)}`}
          className="inline-block font-semibold text-accent underline underline-offset-2"
        >
          Send me a new link
        </Link>
      </UsedLink>
    );
  }
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <p className="text-muted">
        Sign in as <strong className="break-all text-fg">{email}</strong>?
      </p>
      <FormError tone="banner" message={formMessage(state)} />
      <Button type="submit" variant="wide" pending={pending || Boolean(redirectTo)} pendingLabel="Signing in…">
        Sign in
      </Button>
    </form>
  );
}
