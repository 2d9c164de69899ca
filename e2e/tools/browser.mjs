// Which Chromium the browser tests run: CHROMIUM_PATH when set, else the system Chromium (these
// machines and Debian/Ubuntu CI, where Playwright cannot download its own), else Playwright's own.
// Plain JavaScript so that both playwright.config.ts and the `pretest:e2e` step can use it.
import { existsSync } from "node:fs";

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The executable to launch, or undefined for Playwright's own Chromium. */
export function chromiumExecutable(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return systemChromium.find((path) => existsSync(path));
}
