import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { featuredPost } from "./seed-facts";

// A second server on the suite's build, whose database refuses every connection.
const port = 3190;
const base = `http://localhost:${port}`;
let server: ChildProcess;

test.beforeAll(async () => {
  server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: ".next-e2e",
      DATABASE_URL: "postgres://quire@127.0.0.1:1/unreachable",
      AUTH_SECRET: "database-down-test",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 60; i++) {
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error("the second server did not start");
});

test.afterAll(() => {
  server.kill("SIGTERM");
});

test("with the database down, cached pages still serve and others show the error page, not a stack", async ({
  page,
}) => {
  await page.goto(`${base}/posts/${featuredPost.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(featuredPost.title);

  await page.goto(`${base}/category/never-rendered-before`, { waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Something went wrong");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/ECONNREFUSED|Failed query|at async|\.js:\d+/);
});
