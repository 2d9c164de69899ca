import "server-only";
import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import { getDb } from "../index";
import { rateLimitEvents } from "../schema";

/** How many events this bucket and key had in the last `windowSeconds`. */
export async function countRecentEvents({
  bucket,
  key,
  windowSeconds,
}: {
  bucket: string;
  key: string;
  windowSeconds: number;
}): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(rateLimitEvents)
    .where(
      and(
        eq(rateLimitEvents.bucket, bucket),
        eq(rateLimitEvents.key, key),
        gt(rateLimitEvents.createdAt, sql`now() - make_interval(secs => ${windowSeconds})`),
      ),
    );
  return row?.n ?? 0;
}

/** Records one event, and forgets this key's events older than a day. */
export async function recordEvent({ bucket, key }: { bucket: string; key: string }): Promise<void> {
  const db = getDb();
  await db.insert(rateLimitEvents).values({ bucket, key });
  await db
    .delete(rateLimitEvents)
    .where(
      and(
        eq(rateLimitEvents.bucket, bucket),
        eq(rateLimitEvents.key, key),
        lt(rateLimitEvents.createdAt, sql`now() - interval '1 day'`),
      ),
    );
}

/** Forgets a key's events in a bucket (after a successful sign-in, say). */
export async function clearEvents({ bucket, key }: { bucket: string; key: string }): Promise<void> {
  await getDb()
    .delete(rateLimitEvents)
    .where(and(eq(rateLimitEvents.bucket, bucket), eq(rateLimitEvents.key, key)));
}
