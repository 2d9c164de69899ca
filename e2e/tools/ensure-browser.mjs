// `pretest:e2e`: make sure there is a Chromium for the browser tests before anything is built.
// A system Chromium (or CHROMIUM_PATH) is used as it is; otherwise Playwright's own is installed
// once. If neither works, say in one sentence what to install, and fail.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "./browser.mjs";

const chosen = chromiumExecutable();
if (chosen) {
  if (!existsSync(chosen)) fail(`CHROMIUM_PATH is ${chosen}, which does not exist.`);
  console.log(`Browser tests use ${chosen}.`);
  process.exit(0);
}

if (!existsSync(chromium.executablePath())) {
  console.log("No system Chromium found: installing Playwright's own (npx playwright install chromium).");
  const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (install.status !== 0 || !existsSync(chromium.executablePath())) {
    fail(
      "Install Chromium for the browser tests: `sudo apt-get install chromium` (Debian, Ubuntu) or " +
        "`npx playwright install --with-deps chromium`, or set CHROMIUM_PATH to a Chromium or Chrome.",
    );
  }
}
console.log(`Browser tests use Playwright's Chromium at ${chromium.executablePath()}.`);

function fail(sentence) {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}
