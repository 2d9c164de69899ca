"use client";

import { useRef } from "react";
import type { ActionResult } from "@/lib/actions";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { Modal } from "../ui/modal";
import { useAction } from "../ui/use-action";

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
  const { run, pending, message, reset } = useAction(action);

  return (
    <>
      <Button variant={tone} onClick={() => (reset(), dialog.current?.showModal())}>
        {label}
      </Button>
      <Modal ref={dialog} title={title}>
        <div className="mt-2 text-sm text-muted">{description}</div>
        <FormError message={message} className="mt-3" />
        <div className="mt-6 flex justify-end gap-2">
          <Button autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button
            variant="danger"
            pending={pending}
            pendingLabel="Working…"
            onClick={async () => {
              const result = await run();
              if (result.ok) {
                dialog.current?.close();
                onDone?.();
              }
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </Modal>
    </>
  );
}
