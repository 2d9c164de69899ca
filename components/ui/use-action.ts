"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionFailure, ActionResult } from "@/lib/actions";

/**
 * Runs a server action in a transition and keeps what a form shows about it: whether it is
 * pending, and the last failure's sentence and per-field errors (cleared by the next success).
 * `run` resolves with the action's result, so a caller can go on after a success.
 */
export function useAction<Args extends unknown[], T>(action: (...args: Args) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = useCallback(
    (...args: Args) =>
      new Promise<ActionResult<T>>((resolve) => {
        // A thrown error (the network, not the action: actions answer failures) stays inside the
        // transition, so it reaches the segment's error boundary as it would without this hook.
        startTransition(async () => {
          const result = await action(...args);
          setFailure(result.ok ? null : result);
          resolve(result);
        });
      }),
    [action],
  );

  return {
    run,
    pending,
    message: failure?.message ?? "",
    fieldErrors: failure?.fieldErrors ?? {},
    /** Forget the last failure (a dialog opened again starts clean). */
    reset: useCallback(() => setFailure(null), []),
  };
}
