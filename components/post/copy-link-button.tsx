"use client";

import { Check, Link2 } from "lucide-react";
import { useState } from "react";

/** Copies the page's address and says so in a polite live region. */
export function CopyLinkButton({ url, className }: { url: string; className: string }) {
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied");
    } catch {
      setMessage("Could not copy: select the address bar instead");
    }
    setTimeout(() => setMessage(""), 4000);
  }
  return (
    <>
      <button type="button" onClick={copy} className={className}>
        {message === "Link copied" ? (
          <Check aria-hidden className="size-4" />
        ) : (
          <Link2 aria-hidden className="size-4" />
        )}
        <span>Copy link</span>
      </button>
      <span role="status" aria-live="polite" className="text-sm font-medium text-accent">
        {message}
      </span>
    </>
  );
}
