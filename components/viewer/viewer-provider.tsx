"use client";

import { createContext, use, useEffect, useState } from "react";
import type { Role } from "@/db/enums";

export type ClientViewer = { id: string; name: string; image: string | null; role: Role };
type ViewerState = { viewer: ClientViewer | null; ready: boolean };

const ViewerContext = createContext<ViewerState>({ viewer: null, ready: false });

/** Asks the server once who is signed in, after the (shared, cached) page has loaded. */
export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<ViewerState>({ viewer: null, ready: false });
  useEffect(() => {
    let cancelled = false;
    fetch("/api/viewer", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ viewer: ClientViewer | null }>) : { viewer: null }))
      .catch(() => ({ viewer: null }))
      .then(({ viewer }) => !cancelled && setState({ viewer, ready: true }));
    return () => {
      cancelled = true;
    };
  }, []);
  return <ViewerContext value={state}>{children}</ViewerContext>;
}

/** The signed-in reader (null when signed out) and whether that is known yet. */
export function useViewer(): ViewerState {
  return use(ViewerContext);
}
