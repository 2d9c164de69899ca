const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 60 * 60],
  ["month", 30 * 24 * 60 * 60],
  ["week", 7 * 24 * 60 * 60],
  ["day", 24 * 60 * 60],
  ["hour", 60 * 60],
  ["minute", 60],
];

// Building an Intl formatter costs far more than using one, and a comment thread formats dozens
// of times while it hydrates: build each kind once.
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = make()));
  return found as T;
}

/**
 * "2 hours ago", "yesterday", "in 3 days": the distance from `now` in the largest whole unit.
 * Under a minute reads "just now". Time zones do not matter: both instants are absolute.
 */
export function formatRelativeTime(date: Date, now: Date, locale = "en"): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return "just now";
  const format = formatter(`relative ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  for (const [unit, size] of units) {
    if (abs >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

/** The exact date and time in the reader's own time zone, for a tooltip. */
export function formatExactTime(date: Date, locale = "en", timeZone?: string): string {
  return formatter(
    `exact ${locale} ${timeZone ?? ""}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }),
  ).format(date);
}

/** The date alone in UTC: what the server renders, so the page hydrates without a mismatch. */
export function formatUtcDate(date: Date, locale = "en"): string {
  return formatter(
    `utc ${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }),
  ).format(date);
}
