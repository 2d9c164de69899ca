"use client";

import { RotateCcw } from "lucide-react";

/** What a reader sees when a page fails: a sentence and a way to try again, never a stack. */
export function ErrorMessage({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center sm:px-6">
      <h1 className="font-serif text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 text-lg text-muted">
        We could not load this page just now. This is on our side, not yours: please try again in a moment.
      </p>
      {digest && <p className="mt-2 text-sm text-muted">Reference: {digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="mt-8 inline-flex items-center gap-2 rounded-full bg-accent px-6 py-3 font-medium text-accent-fg hover:opacity-90"
      >
        <RotateCcw aria-hidden className="size-4" /> Try again
      </button>
    </div>
  );
}
