import path from "node:path";
import { pathToFileURL } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { closeDb, getDb, getDriver } from "./index";

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runMigrations()
    .then(() => console.log(`Migrations applied (${getDriver()}).`))
    .catch((error: unknown) => {
      console.error("Migration failed:", error);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
