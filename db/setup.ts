import { pathToFileURL } from "node:url";
import { runMigrations } from "./migrate";
import { closeDb, getDriver } from "./index";
import { seed } from "./seed";

/**
 * Runs before `npm run dev` and `npm run build`: applies migrations, and on the embedded database
 * seeds the demo publication the first time. A real Postgres (DATABASE_URL) is never seeded
 * implicitly: run `npm run db:seed` for that.
 */
export async function setup(): Promise<void> {
  await runMigrations();
  if (getDriver() === "pglite" && (await seed())) {
    console.log("Seeded the embedded database with the demo publication.");
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  setup()
    .then(() => console.log(`Database ready (${getDriver()}).`))
    .catch((error: unknown) => {
      console.error("Database setup failed:", error);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
