import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { ClaimedEmail } from "@/db/queries/outbox";
import { env } from "../env";
import { site } from "../site";

const globalForMail = globalThis as typeof globalThis & { quireMailer?: { url: string; transport: Transporter } };

function transporter(url: string): Transporter {
  if (globalForMail.quireMailer?.url !== url) {
    globalForMail.quireMailer = {
      url,
      transport: nodemailer.createTransport(url, {
        // A send must end well inside a claim's lease (lib/email/deliver.ts), so that no other
        // instance can take the message while this one may still be sending it.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return globalForMail.quireMailer.transport;
}

/**
 * Sends one message: through SMTP when configured, otherwise into the server log (with its
 * links, so a developer can follow them). Its Message-ID is derived from the outbox row, so a
 * receiving server can recognise a repeat.
 */
export async function sendEmail(email: ClaimedEmail): Promise<"smtp" | "log"> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) {
    console.info(`[email: not sent, SMTP_URL is not set] to ${email.to}: ${email.subject}\n${email.text}\n`);
    return "log";
  }
  await transporter(SMTP_URL).sendMail({
    from: EMAIL_FROM,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: `<${email.id}@${new URL(site().url).hostname}>`,
  });
  return "smtp";
}
