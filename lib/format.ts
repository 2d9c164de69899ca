import { env } from "./env";

/** A publication date as readers expect it ("October 10, 2025"), in the site's time zone. */
export function formatDate(date: Date, timeZone = env().SITE_TIME_ZONE): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone }).format(date);
}

/** Absolute URL of a path on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}

/** "November 2026": a month as a heading names it. */
export function formatMonth(year: number, month: number): string {
  // Noon on the 15th in UTC is inside that month in every time zone.
  return new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 15, 12)),
  );
}
