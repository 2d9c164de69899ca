"use client";

import { ChevronDown, ChevronRight } from "lucide-react";
import { useId, useState } from "react";

/** Collapses and expands the replies under a comment. */
export function ReplyToggle({ count, children }: { count: number; children: React.ReactNode }) {
  const [open, setOpen] = useState(true);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="mt-2 ml-1 inline-flex items-center gap-1 rounded px-1 text-xs font-medium text-muted hover:text-accent"
      >
        {open ? <ChevronDown aria-hidden className="size-3.5" /> : <ChevronRight aria-hidden className="size-3.5" />}
        {open ? "Hide replies" : `Show ${count} ${count === 1 ? "reply" : "replies"}`}
      </button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </>
  );
}
