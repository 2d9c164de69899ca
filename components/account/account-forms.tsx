"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { resendConfirmation } from "@/app/(auth)/actions";
import { changeMyPassword, endMyOtherSessions, endMySession, renameMyself } from "@/app/(blog)/account/actions";
import type { FormState } from "@/lib/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/limits";
import { Button } from "../ui/button";
import { TextField } from "../ui/field";
import { FormError } from "../ui/form-error";
import { useAction } from "../ui/use-action";

const fieldErrors = (state: FormState<unknown>, field: string) =>
  state && !state.ok ? state.fieldErrors?.[field] : undefined;
const formMessage = (state: FormState<unknown>) => (state && !state.ok && !state.fieldErrors ? state.message : "");

/** A success line, announced when it appears. */
function Done({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
      {children}
    </p>
  );
}

/** The display name shown with comments (and, for authors, on their posts). */
export function RenameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<FormState<{ name: string }>, FormData>(renameMyself, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError tone="banner" message={formMessage(state)} />
      <TextField
        id="account-name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state?.values.name ?? name}
        errors={fieldErrors(state, "name")}
        hint="Shown with your comments."
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="primary" pending={pending} pendingLabel="Saving…">
          Save name
        </Button>
        {state?.ok && <Done>Saved. Pages showing your name catch up within a minute.</Done>}
      </div>
    </form>
  );
}

/** Change the password: the current one first; every other session ends. */
export function PasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeMyPassword, null);
  return (
    <form action={action} className="space-y-4" noValidate key={state?.ok ? "saved" : "editing"}>
      <FormError tone="banner" message={formMessage(state)} />
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id="current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "currentPassword")}
      />
      <TextField
        id="new-password"
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        errors={fieldErrors(state, "password")}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Every other device signed in to your account will be signed out.`}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="primary" pending={pending} pendingLabel="Saving…">
          Change password
        </Button>
        {state?.ok && <Done>Your password is changed, and your other sessions have ended.</Done>}
      </div>
    </form>
  );
}

/** For an address not confirmed yet: sends a new link. */
export function ResendConfirmation() {
  const { run, pending, message } = useAction(resendConfirmation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        pending={pending}
        pendingLabel="Sending…"
        onClick={async () => {
          const result = await run({});
          if (result.ok) setSentTo(result.data.sentTo);
        }}
      >
        Send me a new link
      </Button>
      <FormError message={message} />
      {sentTo && <Done>We have sent a new link to {sentTo}.</Done>}
    </div>
  );
}

/** Ends one other session. */
export function EndSessionButton({ sessionId, label }: { sessionId: string; label: string }) {
  const router = useRouter();
  const { run, pending, message } = useAction(endMySession);
  return (
    <div className="space-y-1">
      <Button
        variant="danger"
        pending={pending}
        pendingLabel="Ending…"
        aria-label={`End the session of ${label}`}
        onClick={async () => {
          if ((await run({ sessionId })).ok) router.refresh();
        }}
      >
        End
      </Button>
      <FormError message={message} />
    </div>
  );
}

/** Ends every session but this browser's. */
export function EndOtherSessionsButton() {
  const router = useRouter();
  const { run, pending, message } = useAction(endMyOtherSessions);
  return (
    <div className="space-y-1">
      <Button
        variant="danger"
        pending={pending}
        pendingLabel="Ending…"
        onClick={async () => {
          if ((await run({})).ok) router.refresh();
        }}
      >
        End all other sessions
      </Button>
      <FormError message={message} />
    </div>
  );
}
