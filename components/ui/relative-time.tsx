"use client";

import { useSyncExternalStore } from "react";
import { formatExactTime, formatRelativeTime, formatUtcDate } from "@/lib/relative-time";

// One shared clock for every relative time on the page, ticking twice a minute. It is read first
// in the browser: reading the clock while this module loads would put a time into prerendering.
const listeners = new Set<() => void>();
let now: number | undefined;
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * "2 hours ago", computed in the reader's browser so it is right on a cached page and stays right
 * while the page is open; the tooltip shows the exact time in the reader's time zone. The server
 * renders the UTC date, which the browser replaces after hydration.
 */
export function RelativeTime({ dateTime, className }: { dateTime: string; className?: string }) {
  const date = new Date(dateTime);
  const clock = useSyncExternalStore(
    subscribe,
    () => (now ??= Date.now()),
    () => null,
  );
  return (
    <time
      dateTime={dateTime}
      title={clock === null ? undefined : formatExactTime(date)}
      className={className}
      suppressHydrationWarning
    >
      {clock === null ? formatUtcDate(date) : formatRelativeTime(date, new Date(clock))}
    </time>
  );
}
