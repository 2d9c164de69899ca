import "server-only";
import { after } from "next/server";
import { claimDueEmails, markEmailFailed, markEmailSent } from "@/db/queries/outbox";
import { logError } from "../log";
import { sendEmail } from "./transport";

/** How long a claim holds: far longer than a send may take (the transport's timeouts). */
const LEASE_SECONDS = 120;

/**
 * Sends what is due in the outbox, a batch at a time, and answers how it went. Safe to run on
 * any number of instances at once: each message is claimed before it is sent.
 */
export async function deliverDueEmails({ limit = 20 }: { limit?: number } = {}): Promise<{
  sent: number;
  failed: number;
}> {
  const claimed = await claimDueEmails({ limit, leaseSeconds: LEASE_SECONDS });
  let sent = 0;
  let failed = 0;
  for (const email of claimed) {
    try {
      const via = await sendEmail(email);
      await markEmailSent({ id: email.id, via });
      sent++;
    } catch (error) {
      failed++;
      logError("Sending an email failed; it will be tried again", { id: email.id, kind: email.kind }, error);
      await markEmailFailed({ id: email.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { sent, failed };
}

/**
 * Delivers queued mail once the response has gone out (`after`), so the reader does not wait
 * for the SMTP server. Whatever fails here stays in the outbox for the next try: the host's cron
 * (app/api/cron/outbox) or the next action that sends mail.
 */
export function deliverSoon(): void {
  after(async () => {
    try {
      await deliverDueEmails();
    } catch (error) {
      logError("Delivering the outbox failed", {}, error);
    }
  });
}
