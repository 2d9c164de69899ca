/**
 * A real SMTP server for tests, on a port of its own: what Quire sends arrives here over SMTP, is
 * parsed with mailparser and kept in memory; with `dir` each message is also written there as an
 * .eml file, so that another process (the Playwright specs) can read it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; subject: string; text: string; html: string; messageId: string };

export type Mailbox = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  port: number;
  received: ReceivedMail[];
  /** While down, the server answers every message with a temporary failure (451). */
  setDown(down: boolean): void;
  stop(): Promise<void>;
};

function received(mail: ParsedMail): ReceivedMail {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return {
    to: to?.value[0]?.address ?? "",
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : "",
    messageId: mail.messageId ?? "",
  };
}

export async function startMailbox({ port = 0, dir }: { port?: number; dir?: string } = {}): Promise<Mailbox> {
  if (dir) mkdirSync(dir, { recursive: true });
  const mails: ReceivedMail[] = [];
  let down = false;
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (down) {
          const error = new Error("Mailbox unavailable, try again later") as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        const raw = Buffer.concat(chunks);
        if (dir) {
          // Named by recipient, so that a reader looking for one address parses only its messages.
          const to = session.envelope.rcptTo[0]?.address.toLowerCase() ?? "unknown";
          writeFileSync(path.join(dir, `${Date.now()}-${String(++count).padStart(4, "0")}-${fileSafe(to)}.eml`), raw);
        }
        simpleParser(raw)
          .then((mail) => {
            mails.push(received(mail));
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received: mails,
    setDown: (value) => (down = value),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const fileSafe = (address: string) => address.replace(/[^a-z0-9@.-]/g, "_");

/** The messages to `to` that a mailbox started with `dir` has written, oldest first. */
export async function readMailDir(dir: string, to: string): Promise<ReceivedMail[]> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(`-${fileSafe(to.toLowerCase())}.eml`));
  } catch {
    return [];
  }
  files.sort();
  return Promise.all(files.map(async (f) => received(await simpleParser(readFileSync(path.join(dir, f))))));
}

/** The first link in a message whose path is `pathname` (the reset or confirmation link). */
export function linkIn(mail: ReceivedMail, pathname: string): string {
  const url = mail.text.match(/https?:\/\/[^\s<>]+/g)?.find((u) => new URL(u).pathname === pathname);
  if (!url) throw new Error(`No ${pathname} link in "${mail.subject}"`);
  return url;
}
