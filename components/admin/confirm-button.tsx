"use client";

import { useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions";
import { Modal } from "../ui/modal";
import { buttonClass } from "./page-title";

/**
 * A destructive button that asks first, in a modal dialog (focus moves into it, Escape cancels).
 * Runs `action` on confirmation and shows its failure message in place.
 */
export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  action,
  onDone,
  tone = "danger",
}: {
  label: React.ReactNode;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  action: () => Promise<ActionResult<unknown>>;
  onDone?: () => void;
  tone?: "danger" | "secondary";
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");

  return (
    <>
      <button type="button" className={buttonClass[tone]} onClick={() => (setError(""), dialog.current?.showModal())}>
        {label}
      </button>
      <Modal ref={dialog} title={title}>
        <div className="mt-2 text-sm text-muted">{description}</div>
        <p role="alert" className="mt-3 text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
          {error}
        </p>
        <div className="mt-6 flex justify-end gap-2">
          <button type="button" autoFocus className={buttonClass.secondary} onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            disabled={pending}
            className={buttonClass.danger}
            onClick={() =>
              startTransition(async () => {
                const result = await action();
                if (result.ok) {
                  dialog.current?.close();
                  onDone?.();
                } else setError(result.message);
              })
            }
          >
            {pending ? "Working…" : confirmLabel}
          </button>
        </div>
      </Modal>
    </>
  );
}
