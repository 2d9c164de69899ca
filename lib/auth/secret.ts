import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const LOCAL_SECRET_FILE = path.join(".data", "auth-secret");
let cached: string | undefined;

/**
 * The secret that signs session tokens. AUTH_SECRET when set. On the embedded database (no
 * DATABASE_URL: a local install), one is generated into .data/ on first use so that
 * `npm run dev` needs no .env. A deployment on a real database must set AUTH_SECRET.
 */
export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  if (process.env.DATABASE_URL) {
    throw new Error(
      "AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the environment.",
    );
  }
  if (!existsSync(LOCAL_SECRET_FILE)) {
    mkdirSync(path.dirname(LOCAL_SECRET_FILE), { recursive: true });
    writeFileSync(LOCAL_SECRET_FILE, randomBytes(33).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return (cached = readFileSync(LOCAL_SECRET_FILE, "utf8").trim());
}
