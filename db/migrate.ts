import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { getDb, getDriver } from "./index";
import { runIfMain } from "./script";

const migrationsFolder = path.join(process.cwd(), "drizzle");

/** Applies every SQL migration in drizzle/ that the database has not seen yet. */
export async function runMigrations(): Promise<void> {
  const db = getDb();
  if (getDriver() === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}

runIfMain(import.meta.url, "Migration", async () => {
  await runMigrations();
  return `Migrations applied (${getDriver()}).`;
});
