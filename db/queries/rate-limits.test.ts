import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../index";
import { clearEvents, countRecentEvents, recordEvent } from "./rate-limits";

describe("rate limit events", () => {
  it("counts events per bucket and key inside the window, and forgets them on clear", async () => {
    for (let i = 0; i < 3; i++) await recordEvent({ bucket: "b", key: "k" });
    await recordEvent({ bucket: "b", key: "other" });
    await recordEvent({ bucket: "other", key: "k" });
    expect(await countRecentEvents({ bucket: "b", key: "k", windowSeconds: 60 })).toBe(3);
    await getDb().execute(
      sql`update rate_limit_events set created_at = now() - interval '2 minutes' where key = 'k' and bucket = 'b'`,
    );
    expect(await countRecentEvents({ bucket: "b", key: "k", windowSeconds: 60 })).toBe(0);
    expect(await countRecentEvents({ bucket: "b", key: "k", windowSeconds: 600 })).toBe(3);
    await clearEvents({ bucket: "b", key: "k" });
    expect(await countRecentEvents({ bucket: "b", key: "k", windowSeconds: 600 })).toBe(0);
    expect(await countRecentEvents({ bucket: "b", key: "other", windowSeconds: 600 })).toBe(1);
  });
});
