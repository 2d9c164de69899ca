import { afterAll, beforeAll, beforeEach, inject } from "vitest";

const databaseUrl = inject("databaseUrl");
if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}

const { runMigrations } = await import("@/db/migrate");
const { closeDb } = await import("@/db/index");
const { resetDatabase } = await import("@/db/testing");

beforeAll(async () => {
  await runMigrations();
});

beforeEach(async () => {
  await resetDatabase();
});

afterAll(async () => {
  await closeDb();
});
