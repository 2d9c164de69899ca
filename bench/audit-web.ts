/**
 * `npm run audit:web`: Lighthouse 12 (mobile settings, simulated throttling) on a production
 * build of Quire with its own seeded database, for the home page and a post page. Each page is
 * audited several times and scored on Lighthouse's own median run, as its docs advise for a
 * single machine's variance. Prints a dated table of the scores (for bench/LIGHTHOUSE.md, which
 * keeps one such table per change that matters, added by hand), writes every run's figures to
 * .data/lighthouse/ (not committed), and exits non-zero when a target is missed: accessibility,
 * best practices and SEO 100, performance at least 95.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Result as LighthouseReport } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { startProductionServer } from "./server";

const port = 3300;
const runs = Number(process.env.AUDIT_RUNS ?? 5);
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const targets: Record<(typeof categories)[number], number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};
const metrics = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
] as const;

async function audit(url: string, dir: string): Promise<LighthouseReport> {
  const output = path.join(dir, `${new URL(url).pathname.replace(/\W+/g, "_")}-${Date.now()}.json`);
  await promisify(execFile)(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      "--chrome-flags=--headless --no-sandbox --disable-gpu",
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      maxBuffer: 50 * 1024 * 1024,
    },
  );
  return JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
}

/**
 * Measure the page as readers get it from a running server, not its first render after start:
 * render it a few times, and have next/image encode every size it offers (the first AVIF encode of
 * a cover takes seconds; later readers get the stored one, as a CDN would serve it).
 */
async function warm(base: string, pagePath: string) {
  let html = "";
  for (let i = 0; i < 3; i++) html = await (await fetch(base + pagePath)).text();
  const images = new Set([...html.matchAll(/\/_next\/image\?[^"\s,]+/g)].map(([m]) => m.replaceAll("&amp;", "&")));
  for (const image of images) await fetch(base + image, { headers: { accept: "image/avif,image/webp,*/*" } });
}

const score = (report: LighthouseReport, category: string) =>
  Math.round((report.categories[category]?.score ?? 0) * 100);

async function main() {
  const server = await startProductionServer(port);
  // AUDIT_REPORTS_DIR keeps Lighthouse's full JSON reports there, to study what costs the score.
  const keep = process.env.AUDIT_REPORTS_DIR;
  const dir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), "quire-lighthouse-"));
  if (keep) mkdirSync(dir, { recursive: true });
  try {
    const home = await (await fetch(`${server.base}/`)).text();
    const postPath = /href="(\/posts\/[a-z0-9-]+)"/.exec(home)?.[1];
    if (!postPath) throw new Error("The home page links to no post.");
    const rows: string[] = [];
    const runRows: string[] = [];
    let missed = false;
    for (const [name, pagePath] of [
      ["home", "/"],
      ["post", postPath],
    ] as const) {
      await warm(server.base, pagePath);
      const reports: LighthouseReport[] = [];
      for (let i = 0; i < runs; i++) reports.push(await audit(server.base + pagePath, dir));
      // median-run.d.ts names the global LH namespace, which the package does not declare for us.
      const median = computeMedianRun(reports) as LighthouseReport;
      const scores = categories.map((c) => score(median, c));
      rows.push(`| ${name} (\`${pagePath}\`) | ${scores.join(" | ")} |`);
      categories.forEach((c, i) => {
        if (scores[i]! < targets[c]) missed = true;
      });
      for (const report of reports) {
        const values = metrics.map(([id]) => report.audits[id]?.displayValue ?? "?");
        runRows.push(
          `| ${name} | ${report === median ? "**median**" : ""} | ${score(report, "performance")} | ${values.join(" | ")} |`,
        );
      }
      const failing = Object.entries(median.audits)
        .filter(
          ([, a]) =>
            a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual",
        )
        .map(([id, a]) => `${id} (${a.score})`);
      if (failing.length) console.log(`${name}: audits below full marks: ${failing.join(", ")}`);
    }
    const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
    const table = [
      `## ${stamp} UTC: (what changed)`,
      "",
      `Lighthouse ${JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")).version}, mobile settings (simulated slow 4G, 4× CPU slowdown), ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, ${os.cpus().length} cores. Each page ran ${runs} times; the scores are those of Lighthouse's median run (closest to the median first contentful paint and time to interactive).`,
      "",
      "| page | performance | accessibility | best practices | SEO |",
      "|---|---|---|---|---|",
      ...rows,
      "",
      `Targets: performance ≥ ${targets.performance}, the others ${targets.accessibility}.`,
      "",
    ].join("\n");
    const everyRun = [
      `| page | run | performance | ${metrics.map(([, label]) => label).join(" | ")} |`,
      `|---|---|---|${metrics.map(() => "---").join("|")}|`,
      ...runRows,
      "",
    ].join("\n");
    const log = path.join(".data", "lighthouse", `${stamp.replace(/[ :]/g, "-")}.md`);
    mkdirSync(path.dirname(log), { recursive: true });
    writeFileSync(log, `${table}\nEvery run:\n\n${everyRun}`);
    console.log(`${table}\nEvery run is in ${log}. When this measures a change that matters, add the table above to`);
    console.log("bench/LIGHTHOUSE.md with a line saying what changed.");
    if (missed) process.exitCode = 1;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
