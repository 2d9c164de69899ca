"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { resendConfirmation } from "@/app/(auth)/actions";
import {
  changeMyEmail,
  changeMyPassword,
  deleteMyAccount,
  endMyOtherSessions,
  endMySession,
  removeMyAvatar,
  renameMyself,
  saveAuthorProfile,
  uploadMyAvatar,
} from "@/app/(blog)/account/actions";
import type { FormState } from "@/lib/actions";
import { CheckInbox, fieldErrors, formMessage, NameField, NewPasswordField } from "../auth/auth-forms";
import { Avatar } from "../ui/avatar";
import { Button } from "../ui/button";
import { Field, ImageFileField, readerInputClass, TextField } from "../ui/field";
import { FormError } from "../ui/form-error";
import { useAction } from "../ui/use-action";
import { useViewer } from "../viewer/viewer-provider";

/** A success line, announced when it appears. */
function Done({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
      {children}
    </p>
  );
}

/** A form's submit button, with the success line beside it once saved. */
function SubmitRow({ pending, done, children }: { pending: boolean; done?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button type="submit" variant="primary" pending={pending} pendingLabel="Saving…">
        {children}
      </Button>
      {done && <Done>{done}</Done>}
    </div>
  );
}

/** The display name shown with comments (and, for authors, on their posts). */
export function RenameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<FormState<{ name: string }>, FormData>(renameMyself, null);
  const { refresh } = useViewer();
  // The header's account menu shows the name too.
  useEffect(() => {
    if (state?.ok) refresh();
  }, [state, refresh]);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError tone="banner" message={formMessage(state)} />
      <NameField id="account-name" value={state?.values.name ?? name} errors={fieldErrors(state, "name")} />
      <SubmitRow
        pending={pending}
        done={state?.ok ? "Saved. Pages showing your name catch up within a minute." : undefined}
      >
        Save name
      </SubmitRow>
    </form>
  );
}

/**
 * The picture shown with the person's name: an upload (checked as the media library's are, kept
 * as a square), or their initials. The form is submitted by hand, so a refused file stays chosen.
 */
export function AvatarForm({ name, image }: { name: string; image: string | null }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { refresh } = useViewer();
  const [shown, setShown] = useState(image);
  const [done, setDone] = useState("");
  const upload = useAction(uploadMyAvatar);
  const remove = useAction(removeMyAvatar);

  function changed(to: string | null, message: string) {
    setShown(to);
    setDone(message);
    form.current?.reset();
    refresh();
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone("");
    const result = await upload.run(new FormData(event.currentTarget));
    if (result.ok) changed(result.data.image, "Your new picture is saved. Pages showing it catch up within a minute.");
  }

  return (
    <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
      <Avatar name={name} image={shown} className="size-20 shrink-0 !text-2xl" />
      <form ref={form} onSubmit={submit} className="min-w-0 flex-1 space-y-4" noValidate>
        <ImageFileField
          id={`${id}-file`}
          label={shown ? "A new picture" : "Your picture"}
          hint="JPEG, PNG, WebP, AVIF or GIF, up to 4 MB. It is cropped to a square."
          errors={upload.fieldErrors.file}
        />
        <FormError message={upload.fieldErrors.file ? "" : upload.message || remove.message} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" pending={upload.pending} pendingLabel="Uploading…">
            Upload picture
          </Button>
          {shown && (
            <Button
              variant="secondary"
              pending={remove.pending}
              pendingLabel="Removing…"
              onClick={async () => {
                setDone("");
                if ((await remove.run({})).ok) changed(null, "Your picture is removed: your initials show instead.");
              }}
            >
              Remove picture
            </Button>
          )}
        </div>
        {done && <Done>{done}</Done>}
      </form>
    </div>
  );
}

/** Change the password: the current one first; every other session ends. */
export function PasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeMyPassword, null);
  return (
    <form action={action} className="space-y-4" noValidate key={state?.ok ? "saved" : "editing"}>
      <FormError tone="banner" message={formMessage(state)} />
      <CurrentPasswordField
        id="current-password"
        name="currentPassword"
        label="Current password"
        email={email}
        errors={fieldErrors(state, "currentPassword")}
      />
      <NewPasswordField
        id="new-password"
        label="New password"
        errors={fieldErrors(state, "password")}
        hint="Every other device signed in to your account will be signed out."
      />
      <SubmitRow
        pending={pending}
        done={state?.ok ? "Your password is changed, and your other sessions have ended." : undefined}
      >
        Change password
      </SubmitRow>
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

/** Ends one other session (given its id), or every session but this one. */
export function EndSessionButton({ sessionId, label }: { sessionId?: string; label?: string }) {
  const router = useRouter();
  const { run, pending, message } = useAction(async () =>
    sessionId ? endMySession({ sessionId }) : endMyOtherSessions({}),
  );
  return (
    <div className="space-y-1">
      <Button
        variant="danger"
        pending={pending}
        pendingLabel="Ending…"
        aria-label={sessionId ? `End the session of ${label}` : undefined}
        onClick={async () => {
          if ((await run()).ok) router.refresh();
        }}
      >
        {sessionId ? "End" : "End all other sessions"}
      </Button>
      <FormError message={message} />
    </div>
  );
}

/**
 * Deletes the account after the password (or, without one, a recent sign-in); the action then
 * goes on to /account-deleted.
 */
export function DeleteAccountForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteMyAccount, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError tone="banner" message={formMessage(state)} />
      {hasPassword && (
        <CurrentPasswordField
          id="delete-password"
          label="Your password"
          email={email}
          errors={fieldErrors(state, "password")}
        />
      )}
      <Button type="submit" variant="danger" pending={pending} pendingLabel="Deleting…">
        Delete my account
      </Button>
    </form>
  );
}

/** Moves the account to a new address, once a link sent there is used. */
export function ChangeEmailForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [state, action, pending] = useActionState<FormState<{ checkInbox: string }>, FormData>(changeMyEmail, null);
  if (state?.ok) {
    return (
      <CheckInbox email={state.data.checkInbox}>
        Open the link in it within a day, and your account moves to that address. Until then nothing changes.
      </CheckInbox>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError tone="banner" message={formMessage(state)} />
      <TextField
        id="new-email"
        name="email"
        type="email"
        label="New email address"
        autoComplete="email"
        required
        defaultValue={state?.values.email}
        errors={fieldErrors(state, "email")}
        hint="We send a link there; your address changes when you open it."
      />
      {hasPassword && (
        <CurrentPasswordField
          id="email-password"
          label="Your password"
          email={email}
          errors={fieldErrors(state, "password")}
        />
      )}
      <SubmitRow pending={pending}>Change email</SubmitRow>
    </form>
  );
}

/** An author's public bio and the address of their author page (editors and admins). */
export function AuthorProfileForm({ bio, slug }: { bio: string | null; slug: string | null }) {
  const [state, action, pending] = useActionState<FormState<{ slug: string }>, FormData>(saveAuthorProfile, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError tone="banner" message={formMessage(state)} />
      <TextField
        id="author-slug"
        name="slug"
        label="Author page address"
        required
        maxLength={60}
        defaultValue={state?.values.slug ?? slug ?? ""}
        errors={fieldErrors(state, "slug")}
        hint="Your page is at /authors/ followed by this. Links to an old address lead to the new one."
      />
      <Field
        id="author-bio"
        label="Bio"
        errors={fieldErrors(state, "bio")}
        hint="Shown on your author page. Up to 600 characters."
      >
        {(control) => (
          <textarea
            {...control}
            name="bio"
            rows={4}
            maxLength={600}
            defaultValue={state?.values.bio ?? bio ?? ""}
            className={readerInputClass}
          />
        )}
      </Field>
      <SubmitRow pending={pending} done={state?.ok ? "Saved." : undefined}>
        Save author page
      </SubmitRow>
    </form>
  );
}

/**
 * The password that proves it is the account's owner, with the account's address beside it
 * for password managers.
 */
function CurrentPasswordField({
  id,
  name = "password",
  label,
  email,
  errors,
}: {
  id: string;
  name?: string;
  label: string;
  email: string;
  errors?: string[];
}) {
  return (
    <>
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id={id}
        name={name}
        type="password"
        label={label}
        autoComplete="current-password"
        required
        errors={errors}
      />
    </>
  );
}
