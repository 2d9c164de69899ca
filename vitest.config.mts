import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // `server-only` throws outside React Server Components; in tests the modules run in plain Node.
  "server-only": path.resolve(__dirname, "test/empty-module.ts"),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["db/**/*.test.ts", "app/**/*.test.ts"],
          exclude: ["**/*.concurrency.test.ts", "**/node_modules/**"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/viewer-mock.ts", "test/db-setup.ts"],
          // One database per run, emptied before each test: files take turns.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Concurrency needs a real server: PGlite is single-user. This project exists only with
      // DATABASE_URL, so a PGlite run has nothing to skip.
      ...(process.env.DATABASE_URL
        ? [
            {
              resolve: { alias },
              test: {
                name: "concurrency",
                include: ["db/**/*.concurrency.test.ts"],
                environment: "node",
                globalSetup: ["test/global-setup.ts"],
                setupFiles: ["test/db-setup.ts"],
                env: { DATABASE_POOL_MAX: "20" },
                fileParallelism: false,
                testTimeout: 120_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
