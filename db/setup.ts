import { runMigrations } from "./migrate";
import { getDriver } from "./index";
import { runIfMain } from "./script";
import { seed } from "./seed";

/**
 * Runs before `npm run dev` and `npm run build`: applies migrations, and on the embedded database
 * seeds the demo publication the first time. A real Postgres (DATABASE_URL) is never seeded
 * implicitly: run `npm run db:seed` for that.
 */
export async function setup(): Promise<void> {
  await runMigrations();
  if (getDriver() === "pglite" && (await seed()).seeded) {
    console.log("Seeded the embedded database with the demo publication.");
  }
}

runIfMain(import.meta.url, "Database setup", async () => {
  await setup();
  return `Database ready (${getDriver()}).`;
});
