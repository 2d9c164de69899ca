import { defineConfig } from "drizzle-kit";

const url = process.env.DATABASE_URL;

// drizzle-kit talks to a real Postgres when DATABASE_URL is set, and to the embedded one otherwise.
export default defineConfig(
  url
    ? { dialect: "postgresql", schema: "./db/schema.ts", out: "./drizzle", dbCredentials: { url } }
    : {
        dialect: "postgresql",
        driver: "pglite",
        schema: "./db/schema.ts",
        out: "./drizzle",
        dbCredentials: { url: process.env.PGLITE_DIR ?? ".data/pglite" },
      },
);
