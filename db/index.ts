import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

/** The drizzle database, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The handle a `db.transaction` callback receives. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Connection = {
  db: Database;
  driver: "pglite" | "postgres";
  close: () => Promise<void>;
};

// One connection per process, created on first use: importing this module (as `next build` does)
// opens nothing, and `next dev` reloads reuse the same PGlite instead of opening it again.
const globalForDb = globalThis as typeof globalThis & { quireDb?: Connection };

function connect(): Connection {
  const { DATABASE_URL, DATABASE_POOL_MAX, DATABASE_PREPARED_STATEMENTS, PGLITE_DIR } = env();
  if (DATABASE_URL) {
    const client = postgres(DATABASE_URL, {
      max: DATABASE_POOL_MAX,
      // Transaction-mode poolers (PgBouncer, Supavisor, Neon's pooler) cannot keep prepared statements.
      prepare: DATABASE_PREPARED_STATEMENTS,
      onnotice: () => {},
    });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Database,
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const inMemory = PGLITE_DIR === "memory://";
  if (!inMemory) mkdirSync(PGLITE_DIR, { recursive: true });
  const client = new PGlite(inMemory ? undefined : PGLITE_DIR);
  return {
    db: drizzlePglite(client, { schema }) as unknown as Database,
    driver: "pglite",
    close: () => client.close(),
  };
}

function connection(): Connection {
  globalForDb.quireDb ??= connect();
  return globalForDb.quireDb;
}

/** The process-wide database. */
export function getDb(): Database {
  return connection().db;
}

/** Which driver serves this process: the embedded PGlite or a real Postgres. */
export function getDriver(): Connection["driver"] {
  return connection().driver;
}

/** Closes the process-wide connection (scripts and tests); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const current = globalForDb.quireDb;
  globalForDb.quireDb = undefined;
  await current?.close();
}
