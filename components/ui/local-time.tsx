"use client";

import { useSyncExternalStore } from "react";
import { formatExactTime } from "@/lib/relative-time";

const subscribe = () => () => {};

/**
 * A date and time in the viewer's own time zone (an editor scheduling a post thinks in theirs).
 * The server renders it in UTC, saying so, and the browser replaces it after hydration.
 */
export function LocalTime({ dateTime, className }: { dateTime: string; className?: string }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(dateTime);
  return (
    <time dateTime={dateTime} className={className} suppressHydrationWarning>
      {inBrowser ? formatExactTime(date) : `${formatExactTime(date, "en", "UTC")} UTC`}
    </time>
  );
}
