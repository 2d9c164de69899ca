import { timingSafeEqual } from "node:crypto";
import { deliverDueEmails } from "@/lib/email/deliver";
import { env } from "@/lib/env";

/**
 * Delivers whatever is still waiting in the outbox: messages whose delivery after their response
 * failed (the SMTP server was down) or never ran (the instance stopped). For a host's scheduler,
 * such as a Vercel cron job, which sends `Authorization: Bearer $CRON_SECRET`.
 */
export async function GET(request: Request) {
  const secret = env().CRON_SECRET;
  if (!secret) return Response.json({ error: "CRON_SECRET is not set" }, { status: 404 });
  if (!matches(request.headers.get("authorization") ?? "", `Bearer ${secret}`)) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  // Several batches, but well inside a serverless function's time.
  let sent = 0;
  let failed = 0;
  for (let batch = 0; batch < 5; batch++) {
    const result = await deliverDueEmails();
    sent += result.sent;
    failed += result.failed;
    if (result.sent + result.failed === 0) break;
  }
  return Response.json({ sent, failed }, { headers: { "Cache-Control": "no-store" } });
}

function matches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
