import { describe, expect, it } from "vitest";
import { formatExactTime, formatRelativeTime, formatUtcDate } from "./relative-time";

const now = new Date("2026-03-10T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("formatRelativeTime", () => {
  it.each([
    [20, "just now"],
    [60, "1 minute ago"],
    [30 * 60, "30 minutes ago"],
    [2 * 3600, "2 hours ago"],
    [26 * 3600, "yesterday"],
    [3 * 86400, "3 days ago"],
    [8 * 86400, "last week"],
    [40 * 86400, "last month"],
    [400 * 86400, "last year"],
  ])("%i seconds ago reads %s", (seconds, expected) => {
    expect(formatRelativeTime(ago(seconds), now)).toBe(expected);
  });

  it("speaks of the future too", () => {
    expect(formatRelativeTime(ago(-3 * 3600), now)).toBe("in 3 hours");
  });

  it("does not depend on the time zone: the same instants give the same words", () => {
    const tokyo = new Date("2026-03-10T21:00:00+09:00"); // 12:00Z
    const twoHoursEarlierInNewYork = new Date("2026-03-10T06:00:00-04:00"); // 10:00Z
    expect(formatRelativeTime(twoHoursEarlierInNewYork, tokyo)).toBe("2 hours ago");
  });
});

describe("formatExactTime", () => {
  it("shows the instant in the reader's time zone", () => {
    const date = new Date("2026-03-10T23:30:00Z");
    expect(formatExactTime(date, "en", "UTC")).toBe("March 10, 2026 at 11:30 PM");
    expect(formatExactTime(date, "en", "Asia/Tokyo")).toBe("March 11, 2026 at 8:30 AM");
  });
});

describe("formatters are built once per locale and zone", () => {
  it("keeps zones and locales apart when it reuses them", () => {
    const date = new Date("2026-03-10T23:30:00Z");
    expect(formatExactTime(date, "en", "Asia/Tokyo")).toBe("March 11, 2026 at 8:30 AM");
    expect(formatExactTime(date, "en", "UTC")).toBe("March 10, 2026 at 11:30 PM");
    expect(formatExactTime(date, "de", "UTC")).toBe("10. März 2026 um 23:30");
    expect(formatRelativeTime(new Date(date.getTime() - 7200_000), date, "de")).toBe("vor 2 Stunden");
    expect(formatRelativeTime(new Date(date.getTime() - 7200_000), date)).toBe("2 hours ago");
  });

  it("formatUtcDate gives the server's date, whatever the reader's zone", () => {
    expect(formatUtcDate(new Date("2026-03-10T23:30:00-05:00"))).toBe("Mar 11, 2026");
  });
});
