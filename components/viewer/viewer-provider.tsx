"use client";

import { createContext, use, useCallback, useEffect, useMemo, useState } from "react";
import type { Role } from "@/db/enums";

export type ClientViewer = { id: string; name: string; image: string | null; role: Role };
type ViewerState = {
  viewer: ClientViewer | null;
  ready: boolean;
  /** Asks again, after the reader changed what the header shows (their name or picture). */
  refresh: () => void;
};

const ViewerContext = createContext<ViewerState>({ viewer: null, ready: false, refresh: () => {} });

function fetchViewer(): Promise<ClientViewer | null> {
  return fetch("/api/viewer", { cache: "no-store" })
    .then((r) => (r.ok ? (r.json() as Promise<{ viewer: ClientViewer | null }>) : { viewer: null }))
    .catch(() => ({ viewer: null }))
    .then(({ viewer }) => viewer);
}

/** Asks the server once who is signed in, after the (shared, cached) page has loaded. */
export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<Omit<ViewerState, "refresh">>({ viewer: null, ready: false });
  useEffect(() => {
    let cancelled = false;
    fetchViewer().then((viewer) => !cancelled && setState({ viewer, ready: true }));
    return () => {
      cancelled = true;
    };
  }, []);
  const refresh = useCallback(() => void fetchViewer().then((viewer) => setState({ viewer, ready: true })), []);
  const value = useMemo(() => ({ ...state, refresh }), [state, refresh]);
  return <ViewerContext value={value}>{children}</ViewerContext>;
}

/** The signed-in reader (null when signed out), whether that is known yet, and a way to ask again. */
export function useViewer(): ViewerState {
  return use(ViewerContext);
}
