import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import { defineConfig, globalIgnores } from "eslint/config";

/** The database client and schema: only the data layer, its scripts and auth.ts open them. */
const database = ["./db/index.ts", "./db/schema.ts"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The layers (STYLE.md §1-2), enforced: a violation fails `npm run lint` and so CI.
    files: ["**/*.{ts,tsx,mts,mjs}"],
    plugins: { drizzle },
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } }, "import/ignore": ["node_modules"] },
    rules: {
      // Our own modules only: following packages made lint take minutes and proves nothing.
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: ["./app", "./components", "./lib", "./proxy.ts", "./auth.config.ts", "./e2e", "./bench"],
              from: database,
              message: "Only db/queries (and db/ scripts, auth.ts) use the database: call a query instead.",
            },
            { target: "./db", from: ["./app", "./components"], message: "The data layer never imports routes or UI." },
            {
              target: "./lib",
              from: ["./app", "./components"],
              message: "lib/ is server logic below routes and UI: it never imports them.",
            },
          ],
        },
      ],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "getDb"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "getDb"] }],
    },
  },
  {
    // Components may name the shapes queries return, never call them: data comes from pages.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db/queries/*"], allowTypeImports: true, message: "Components import queries as types only." },
          ],
        },
      ],
    },
  },
  {
    // Tests arrange and inspect rows directly: that is what they are for.
    files: ["**/*.test.ts"],
    rules: { "import/no-restricted-paths": "off" },
  },
  globalIgnores([
    ".next/**",
    ".next-e2e/**",
    ".data/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
