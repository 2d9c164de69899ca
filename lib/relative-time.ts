const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 60 * 60],
  ["month", 30 * 24 * 60 * 60],
  ["week", 7 * 24 * 60 * 60],
  ["day", 24 * 60 * 60],
  ["hour", 60 * 60],
  ["minute", 60],
];

/**
 * "2 hours ago", "yesterday", "in 3 days": the distance from `now` in the largest whole unit.
 * Under a minute reads "just now". Time zones do not matter: both instants are absolute.
 */
export function formatRelativeTime(date: Date, now: Date, locale = "en"): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return "just now";
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (abs >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

/** The exact date and time in the reader's own time zone, for a tooltip. */
export function formatExactTime(date: Date, locale = "en", timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}
