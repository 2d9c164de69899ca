"use client";

import { Share2 } from "lucide-react";
import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** The device's own share sheet, shown only where the browser has one. */
export function NativeShareButton({ url, title, className }: { url: string; title: string; className: string }) {
  const canShare = useSyncExternalStore(
    noop,
    () => typeof navigator.share === "function",
    () => false,
  );
  if (!canShare) return null;
  return (
    <button type="button" className={className} onClick={() => navigator.share({ url, title }).catch(() => {})}>
      <Share2 aria-hidden className="size-4" />
      <span>Share…</span>
    </button>
  );
}
