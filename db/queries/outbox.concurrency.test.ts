import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { outbox } from "@/db/schema";
import { startMailbox } from "@/test/mailbox";
import { queueEmail } from "./outbox";

const mailbox = await startMailbox();
process.env.SMTP_URL = mailbox.url;
process.env.EMAIL_FROM = "Quire <hello@quire.test>";
afterAll(() => mailbox.stop());

const { deliverDueEmails } = await import("@/lib/email/deliver");

describe("the outbox on real Postgres", () => {
  it("four deliverers running at once send each message exactly once", async () => {
    const ids = [];
    for (let i = 0; i < 40; i++) {
      ids.push(
        await queueEmail({
          kind: "test",
          to: `r${i}@example.test`,
          subject: `Message ${i}`,
          text: "t",
          html: "<p>t</p>",
        }),
      );
    }
    // Small batches, so that the deliverers really overlap and contend for the same rows.
    const runs = await Promise.all(Array.from({ length: 4 }, () => drain()));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(40);
    expect(mailbox.received).toHaveLength(40);
    expect(new Set(mailbox.received.map((m) => m.messageId)).size).toBe(40);
    expect(new Set(mailbox.received.map((m) => m.subject))).toEqual(new Set(ids.map((_, i) => `Message ${i}`)));
    const rows = await getDb().select().from(outbox);
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
  });
});

async function drain(): Promise<number> {
  let sent = 0;
  for (;;) {
    const run = await deliverDueEmails({ limit: 3 });
    if (run.sent + run.failed === 0) return sent;
    sent += run.sent;
  }
}
