import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { queueEmail } from "@/db/queries/outbox";
import { outbox } from "@/db/schema";
import { startMailbox } from "@/test/mailbox";

const mailbox = await startMailbox();
process.env.SMTP_URL = mailbox.url;
process.env.EMAIL_FROM = "Quire <hello@quire.test>";
process.env.CRON_SECRET = "a-secret-the-scheduler-knows";
afterAll(() => mailbox.stop());

const { GET } = await import("./route");

const call = (authorization?: string) =>
  GET(new Request("http://localhost/api/cron/outbox", { headers: authorization ? { authorization } : {} }));

describe("GET /api/cron/outbox", () => {
  it("refuses a caller without the secret or with a wrong one, and sends nothing", async () => {
    await queueEmail({ kind: "test", to: "a@example.test", subject: "Waiting", text: "t", html: "<p>t</p>" });
    expect((await call()).status).toBe(401);
    expect((await call("Bearer a-secret-the-scheduler-knew")).status).toBe(401);
    expect((await call("a-secret-the-scheduler-knows")).status).toBe(401);
    expect(mailbox.received).toHaveLength(0);
    expect((await getDb().select().from(outbox))[0]!.sentAt).toBeNull();
  });

  it("delivers what is waiting for the scheduler", async () => {
    await queueEmail({ kind: "test", to: "b@example.test", subject: "Waiting too", text: "t", html: "<p>t</p>" });
    const response = await call("Bearer a-secret-the-scheduler-knows");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sent: 1, failed: 0 });
    expect(mailbox.received.map((m) => m.to)).toEqual(["b@example.test"]);
  });
});
