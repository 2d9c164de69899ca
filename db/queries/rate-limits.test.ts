import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../index";
import { clearEvents, forgetEvents, recordEventsWithin } from "./rate-limits";

const within = (key: string, limit = 3, windowSeconds = 60) =>
  recordEventsWithin([{ bucket: "b", key, limit, windowSeconds }]);

describe("rate limit events", () => {
  it("records up to the limit inside the window, per bucket and key, then refuses", async () => {
    for (let i = 0; i < 3; i++) expect(await within("k")).not.toBeNull();
    expect(await within("k")).toBeNull();
    expect(await within("other")).not.toBeNull();
    expect(await recordEventsWithin([{ bucket: "other", key: "k", limit: 3, windowSeconds: 60 }])).not.toBeNull();
    await getDb().execute(
      sql`update rate_limit_events set created_at = now() - interval '2 minutes' where key = 'k' and bucket = 'b'`,
    );
    expect(await within("k")).not.toBeNull();
    expect(await within("k", 3, 600)).toBeNull();
  });

  it("records all or none, forgets given-back events and cleared keys", async () => {
    await within("full", 1);
    expect(
      await recordEventsWithin([
        { bucket: "b", key: "empty", limit: 5, windowSeconds: 60 },
        { bucket: "b", key: "full", limit: 1, windowSeconds: 60 },
      ]),
    ).toBeNull();
    const ids = (await within("empty", 1))!;
    expect(ids).toHaveLength(1);
    expect(await within("empty", 1)).toBeNull();
    await forgetEvents({ ids });
    expect(await within("empty", 1)).not.toBeNull();
    await clearEvents({ bucket: "b", key: "full" });
    expect(await within("full", 1)).not.toBeNull();
  });
});
