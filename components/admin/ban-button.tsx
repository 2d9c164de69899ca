"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { banReader, liftBan } from "@/app/admin/(panel)/comments/actions";
import { Modal } from "../ui/modal";
import { buttonClass, inputClass } from "./page-title";

/** Bans a reader from commenting (reason and optional end date, in a dialog), or lifts their ban. */
export function BanButton({ userId, name, banned }: { userId: string; name: string; banned: boolean }) {
  const id = useId();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const [errors, setErrors] = useState<{ message?: string; reason?: string[]; endsAt?: string[] }>({});
  const [pending, startTransition] = useTransition();

  if (banned) {
    return (
      <>
        <button
          type="button"
          disabled={pending}
          className={buttonClass.secondary}
          onClick={() =>
            startTransition(async () => {
              const result = await liftBan({ userId });
              if (result.ok) router.refresh();
              else setErrors({ message: result.message });
            })
          }
        >
          Lift ban on {name}
        </button>
        <p role="alert" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
          {errors.message ?? ""}
        </p>
      </>
    );
  }

  return (
    <>
      <button type="button" className={buttonClass.danger} onClick={() => dialog.current?.showModal()}>
        Ban {name}
      </button>
      <Modal ref={dialog} title={`Ban ${name} from commenting`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => {
              // The date is the moderator's: the ban ends at the start of that day where they are.
              const endsAt = until ? new Date(`${until}T00:00`).toISOString() : undefined;
              const result = await banReader({ userId, reason, endsAt });
              if (result.ok) {
                dialog.current?.close();
                router.refresh();
              } else setErrors({ message: result.message, ...result.fieldErrors });
            });
          }}
        >
          <p className="mt-1 text-sm text-muted">
            They can still read and like posts. They see the reason when they try to comment.
          </p>
          <div className="mt-4 space-y-4">
            <div>
              <label htmlFor={`${id}-reason`} className="mb-1 block text-sm font-medium">
                Reason
              </label>
              <textarea
                id={`${id}-reason`}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                required
                maxLength={500}
                rows={3}
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
                className={inputClass}
              />
              {errors.reason && (
                <p id={`${id}-reason-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
                  {errors.reason.join(" ")}
                </p>
              )}
            </div>
            <div>
              <label htmlFor={`${id}-until`} className="mb-1 block text-sm font-medium">
                Until (optional)
              </label>
              <input
                id={`${id}-until`}
                type="date"
                value={until}
                onChange={(e) => setUntil(e.target.value)}
                aria-invalid={errors.endsAt ? true : undefined}
                aria-describedby={`${id}-until-hint${errors.endsAt ? ` ${id}-until-error` : ""}`}
                className={inputClass}
              />
              <p id={`${id}-until-hint`} className="mt-1 text-xs text-muted">
                Leave empty to ban until you lift it.
              </p>
              {errors.endsAt && (
                <p id={`${id}-until-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
                  {errors.endsAt.join(" ")}
                </p>
              )}
            </div>
          </div>
          <p role="alert" className="mt-3 text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
            {errors.message && !errors.reason && !errors.endsAt ? errors.message : ""}
          </p>
          <div className="mt-6 flex justify-end gap-2">
            <button type="button" className={buttonClass.secondary} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" disabled={pending} className={buttonClass.danger}>
              {pending ? "Banning…" : "Ban from commenting"}
            </button>
          </div>
        </form>
      </Modal>
    </>
  );
}
