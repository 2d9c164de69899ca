/**
 * The web server for the end-to-end suite: a database of its own (a temporary PGlite folder, or
 * a scratch database on the Postgres that DATABASE_URL points at), migrated and seeded, then a
 * production build started on it. The developer's .data folder and .next build are never touched.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startMailbox } from "../test/mailbox";
import { createScratchDatabase } from "../test/postgres-admin";
import { MAIL_DIR } from "./mail";

const port = process.env.E2E_PORT ?? "3100";
const cleanups: (() => Promise<void> | void)[] = [];

async function prepareDatabase(): Promise<Record<string, string>> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, "quire_e2e");
    cleanups.push(scratch.drop);
    return { DATABASE_URL: scratch.url };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "quire-e2e-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { DATABASE_URL: "", PGLITE_DIR: dir };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { env, stdio: "inherit" });
}

function finished(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exited with ${code}`)))),
  );
}

let server: ChildProcess | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server?.kill("SIGTERM");
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error("e2e cleanup failed:", error);
    }
  }
  process.exit(code);
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

/** A real SMTP server that keeps what the site sends in MAIL_DIR, for the specs to read. */
async function prepareMailbox(): Promise<Record<string, string>> {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  const mailbox = await startMailbox({ dir: MAIL_DIR });
  cleanups.push(() => mailbox.stop());
  return { SMTP_URL: mailbox.url, EMAIL_FROM: "Quire <hello@quire.test>" };
}

async function main() {
  const database = await prepareDatabase();
  const mail = await prepareMailbox();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...database,
    ...mail,
    NEXT_DIST_DIR: ".next-e2e",
    SITE_URL: `http://localhost:${port}`,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const bin = (name: string) => path.join("node_modules", ".bin", name);
  await finished(run(bin("tsx"), ["db/migrate.ts"], env));
  await finished(run(bin("tsx"), ["e2e/seed.ts"], env));
  await finished(run(bin("next"), ["build"], env));
  // The production server, as `npm start` runs it (it works out the client's address).
  server = run("node", ["lib/serve.mjs"], { ...env, PORT: port });
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error("e2e server failed:", error);
  void stop(1);
});
