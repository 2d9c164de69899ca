import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./e2e/tools/browser.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);

const browser = {
  ...devices["Desktop Chrome"],
  // The system Chromium where there is one, else Playwright's own (see e2e/tools/browser.mjs).
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Public pages first: the admin specs publish posts, which changes the home page they check.
    { name: "public", testIgnore: /admin.*\.spec\.ts/, use: { ...browser } },
    // One admin spec at a time: they publish and rename posts and then check the public pages
    // "at once", and a public page regenerating for another spec at that moment could still
    // store what it read before the change (see README, caching).
    { name: "admin", testMatch: /admin.*\.spec\.ts/, dependencies: ["public"], workers: 1, use: { ...browser } },
  ],
  webServer: {
    command: "node_modules/.bin/tsx e2e/server.ts",
    url: `http://localhost:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
