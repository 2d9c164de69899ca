import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../index";
import { signIns } from "../schema";
import { makeUser } from "../testing";
import { endAllSignIns, endSignIn, getActiveSignIn, startSignIn } from "./sign-ins";

const DAY = 86_400;
const start = (userId: string) => startSignIn({ userId, userAgent: "Test", lifetimeSeconds: 30 * DAY });
const active = (id: string, userId: string) => getActiveSignIn({ id, userId, idleSeconds: 14 * DAY });

describe("sign-ins", () => {
  it("hold until ended, for their own person only", async () => {
    const reader = await makeUser();
    const other = await makeUser();
    const id = await start(reader.id);
    expect(await active(id, reader.id)).toMatchObject({ id: reader.id, role: "reader" });
    expect(await active(id, other.id)).toBeNull();
    await endSignIn({ id });
    expect(await active(id, reader.id)).toBeNull();
  });

  it("end after the idle time and at their absolute end", async () => {
    const reader = await makeUser();
    const idle = await start(reader.id);
    await getDb()
      .update(signIns)
      .set({ lastSeenAt: sql`now() - interval '15 days'` })
      .where(eq(signIns.id, idle));
    expect(await active(idle, reader.id)).toBeNull();

    const old = await start(reader.id);
    await getDb()
      .update(signIns)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(signIns.id, old));
    expect(await active(old, reader.id)).toBeNull();
  });

  it("note their use at most once a minute", async () => {
    const reader = await makeUser();
    const id = await start(reader.id);
    await getDb()
      .update(signIns)
      .set({ lastSeenAt: sql`now() - interval '2 minutes'` })
      .where(eq(signIns.id, id));
    await active(id, reader.id);
    const [row] = await getDb().select({ lastSeenAt: signIns.lastSeenAt }).from(signIns).where(eq(signIns.id, id));
    expect(Date.now() - row!.lastSeenAt.getTime()).toBeLessThan(30_000);
  });

  it("all end at once for one person, and only theirs", async () => {
    const reader = await makeUser();
    const other = await makeUser();
    const [a, b, c] = [await start(reader.id), await start(reader.id), await start(other.id)];
    expect(await endAllSignIns({ userId: reader.id })).toBe(2);
    expect(await active(a, reader.id)).toBeNull();
    expect(await active(b, reader.id)).toBeNull();
    expect(await active(c, other.id)).not.toBeNull();
  });
});
