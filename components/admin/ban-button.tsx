"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { banReader, liftBan } from "@/app/admin/(panel)/comments/actions";
import { Button } from "../ui/button";
import { Field, inputClass } from "../ui/field";
import { FormError } from "../ui/form-error";
import { Modal } from "../ui/modal";
import { useAction } from "../ui/use-action";

/** Bans a reader from commenting (reason and optional end date, in a dialog), or lifts their ban. */
export function BanButton({ userId, name, banned }: { userId: string; name: string; banned: boolean }) {
  const router = useRouter();
  const lift = useAction(liftBan);

  if (banned) {
    return (
      <>
        <Button
          pending={lift.pending}
          onClick={async () => {
            if ((await lift.run({ userId })).ok) router.refresh();
          }}
        >
          Lift ban on {name}
        </Button>
        <FormError message={lift.message} />
      </>
    );
  }
  return <BanDialog userId={userId} name={name} />;
}

function BanDialog({ userId, name }: { userId: string; name: string }) {
  const id = useId();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const [endSessions, setEndSessions] = useState(false);
  const { run, pending, message, fieldErrors } = useAction(banReader);
  const fieldsSayWhy = Boolean(fieldErrors.reason || fieldErrors.endsAt);

  return (
    <>
      <Button variant="danger" onClick={() => dialog.current?.showModal()}>
        Ban {name}
      </Button>
      <Modal ref={dialog} title={`Ban ${name} from commenting`}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            // The date is the moderator's: the ban ends at the start of that day where they are.
            const endsAt = until ? new Date(`${until}T00:00`).toISOString() : undefined;
            const result = await run({ userId, reason, endsAt, endSessions });
            if (result.ok) {
              dialog.current?.close();
              router.refresh();
            }
          }}
        >
          <p className="mt-1 text-sm text-muted">
            They can still read and like posts. They see the reason when they try to comment.
          </p>
          <div className="mt-4 space-y-4">
            <Field id={`${id}-reason`} label="Reason" errors={fieldErrors.reason}>
              {(control) => (
                <textarea
                  {...control}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  required
                  maxLength={500}
                  rows={3}
                  className={inputClass}
                />
              )}
            </Field>
            <Field
              id={`${id}-until`}
              label="Until (optional)"
              hint="Leave empty to ban until you lift it."
              errors={fieldErrors.endsAt}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={until}
                  onChange={(e) => setUntil(e.target.value)}
                  className={inputClass}
                />
              )}
            </Field>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                checked={endSessions}
                onChange={(e) => setEndSessions(e.target.checked)}
                className="mt-0.5 size-4 accent-accent"
              />
              <span>Also sign them out everywhere</span>
            </label>
          </div>
          <FormError message={fieldsSayWhy ? "" : message} className="mt-3" />
          <div className="mt-6 flex justify-end gap-2">
            <Button onClick={() => dialog.current?.close()}>Cancel</Button>
            <Button type="submit" variant="danger" pending={pending} pendingLabel="Banning…">
              Ban from commenting
            </Button>
          </div>
        </form>
      </Modal>
    </>
  );
}
