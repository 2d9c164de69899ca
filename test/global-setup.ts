import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

/**
 * On real Postgres (DATABASE_URL set), integration tests get a database of their own, dropped at
 * the end. Without DATABASE_URL they run on an in-memory PGlite.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide("databaseUrl", null);
    return;
  }
  const scratch = await createScratchDatabase(serverUrl, "quire_it");
  project.provide("databaseUrl", scratch.url);
  return scratch.drop;
}
