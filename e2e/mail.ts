import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { linkIn, readMailDir, type ReceivedMail } from "../test/mailbox";

/**
 * The end-to-end server sends mail over SMTP to a real SMTP server it starts (e2e/server.ts),
 * which writes every message here.
 */
export const MAIL_DIR = path.join(os.tmpdir(), `quire-e2e-mail-${process.env.E2E_PORT ?? "3100"}`);

/** Waits for the `nth` (1-based) message to `to` whose subject matches, and answers it. */
export async function waitForMail(to: string, subject: RegExp, nth = 1): Promise<ReceivedMail> {
  const matching = async () => (await readMailDir(MAIL_DIR, to)).filter((m) => subject.test(m.subject));
  await expect.poll(async () => (await matching()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(nth);
  return (await matching())[nth - 1]!;
}

/** The address of the link to `pathname` in a message, as a path on this site. */
export function linkPath(mail: ReceivedMail, pathname: string): string {
  const url = new URL(linkIn(mail, pathname));
  return `${url.pathname}${url.search}`;
}

/** How many messages have gone to `to`. */
export async function mailCount(to: string): Promise<number> {
  return (await readMailDir(MAIL_DIR, to)).length;
}
