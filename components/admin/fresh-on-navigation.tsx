"use client";

import { useRouter } from "next/navigation";

/**
 * Starts its children afresh on every new visit (Next keeps recent pages alive, hidden, to
 * restore them on Back): an editor must never reopen holding an earlier visit's text. A refresh
 * after a save keeps them as they are, focus and messages included.
 */
export function FreshOnNavigation({ children }: { children: React.ReactNode }) {
  const { bfcacheId } = useRouter();
  return <div key={bfcacheId}>{children}</div>;
}
