import "server-only";
import { and, count, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "../index";
import { rateLimitEvents } from "../schema";

/** Forgets a key's events in a bucket (after a successful sign-in, say). */
export async function clearEvents({ bucket, key }: { bucket: string; key: string }): Promise<void> {
  await getDb()
    .delete(rateLimitEvents)
    .where(and(eq(rateLimitEvents.bucket, bucket), eq(rateLimitEvents.key, key)));
}

/** One limit to check: at most `limit` events per `windowSeconds` in this bucket for this key. */
export type EventLimit = { bucket: string; key: string; limit: number; windowSeconds: number };

/**
 * Records one event under each limit, unless any of them is already reached: all or nothing, in
 * one transaction holding an advisory lock per key (taken in a fixed order, so two callers never
 * deadlock), so a burst of parallel calls cannot all count before any records. Answers the ids
 * recorded (to take back with forgetEvents), or null when a limit was reached.
 */
export async function recordEventsWithin(limits: EventLimit[]): Promise<number[] | null> {
  const ordered = [...limits].sort((a, b) => `${a.bucket}\n${a.key}`.localeCompare(`${b.bucket}\n${b.key}`));
  return getDb().transaction(async (tx) => {
    for (const { bucket, key } of ordered) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`rate:${bucket}:${key}`}))`);
    }
    for (const { bucket, key, limit, windowSeconds } of ordered) {
      const [row] = await tx
        .select({ n: count() })
        .from(rateLimitEvents)
        .where(
          and(
            eq(rateLimitEvents.bucket, bucket),
            eq(rateLimitEvents.key, key),
            gt(rateLimitEvents.createdAt, sql`now() - make_interval(secs => ${windowSeconds})`),
          ),
        );
      if ((row?.n ?? 0) >= limit) return null;
    }
    const rows = await tx
      .insert(rateLimitEvents)
      .values(ordered.map(({ bucket, key }) => ({ bucket, key })))
      .returning({ id: rateLimitEvents.id });
    // Every window is shorter than a day: older events of these keys only take up room.
    for (const { bucket, key } of ordered) {
      await tx
        .delete(rateLimitEvents)
        .where(
          and(
            eq(rateLimitEvents.bucket, bucket),
            eq(rateLimitEvents.key, key),
            lt(rateLimitEvents.createdAt, sql`now() - interval '1 day'`),
          ),
        );
    }
    return rows.map((r) => r.id);
  });
}

/** Takes back events recorded by recordEventsWithin (an attempt that turned out fine). */
export async function forgetEvents({ ids }: { ids: number[] }): Promise<void> {
  if (ids.length === 0) return;
  await getDb().delete(rateLimitEvents).where(inArray(rateLimitEvents.id, ids));
}
