/**
 * `npm run audit:web`: Lighthouse 12 (mobile settings, simulated throttling) on a production
 * build of Quire with its own seeded database, for the home page and a post page. Writes the four
 * category scores to bench/LIGHTHOUSE.md and exits non-zero when a target is missed:
 * accessibility, best practices and SEO 100, performance at least 95.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startProductionServer } from "./server";

const port = 3300;
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const targets: Record<(typeof categories)[number], number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

type LighthouseReport = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
};

async function audit(url: string, dir: string): Promise<LighthouseReport> {
  const output = path.join(dir, `${Date.now()}.json`);
  await promisify(execFile)(
    "node_modules/.bin/lighthouse",
    [url, "--quiet", "--output=json", `--output-path=${output}`, "--chrome-flags=--headless --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 50 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
}

async function main() {
  const server = await startProductionServer(port);
  const dir = mkdtempSync(path.join(os.tmpdir(), "quire-lighthouse-"));
  try {
    const home = await (await fetch(`${server.base}/`)).text();
    const postPath = /href="(\/posts\/[a-z0-9-]+)"/.exec(home)?.[1];
    if (!postPath) throw new Error("The home page links to no post.");
    const rows: string[] = [];
    let missed = false;
    for (const [name, pagePath] of [["home", "/"], ["post", postPath]] as const) {
      // Measure the page as readers get it from a running server, not its first render after start.
      for (let i = 0; i < 3; i++) await fetch(server.base + pagePath);
      const report = await audit(server.base + pagePath, dir);
      const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
      rows.push(`| ${name} (\`${pagePath}\`) | ${scores.join(" | ")} |`);
      categories.forEach((c, i) => {
        if (scores[i]! < targets[c]) missed = true;
      });
      const failing = Object.entries(report.audits)
        .filter(([, a]) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
        .map(([id, a]) => `${id} (${a.score})`);
      if (failing.length) console.log(`${name}: audits below full marks: ${failing.join(", ")}`);
    }
    const table = [
      `Lighthouse ${JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")).version}, mobile settings, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}.`,
      "",
      "| page | performance | accessibility | best practices | SEO |",
      "|---|---|---|---|---|",
      ...rows,
      "",
      `Targets: performance ≥ ${targets.performance}, the others ${targets.accessibility}.`,
      "",
    ].join("\n");
    writeFileSync("bench/LIGHTHOUSE.md", `# Lighthouse scores (npm run audit:web)\n\n${table}`);
    console.log(table);
    if (missed) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
