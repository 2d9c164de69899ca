/**
 * `npm run bench`: builds and starts Quire on a database of its own (as the e2e suite does),
 * loads the pages every reader hits with autocannon, and writes the results to
 * bench/RESULTS.md. Targets live there too; this script measures, it does not assert.
 */
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { startProductionServer } from "./server";

const port = 3200;
const base = `http://localhost:${port}`;
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 10;

/** Resident memory of the process listening on the port, in MiB. */
function serverRssMiB(): number | null {
  try {
    const line = execSync(`ss -ltnpH "sport = :${port}"`).toString();
    const pid = /pid=(\d+)/.exec(line)?.[1];
    if (!pid) return null;
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

async function load(path: string) {
  const result = await autocannon({ url: base + path, connections, duration });
  return {
    path,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const server = await startProductionServer(port);
  try {
    const home = await (await fetch(`${base}/`)).text();
    const postPath = /href="(\/posts\/[a-z0-9-]+)"/.exec(home)?.[1] ?? "/";
    const post = await (await fetch(base + postPath)).text();
    const imageId = /(?:\/|%2F)api(?:\/|%2F)images(?:\/|%2F)([0-9a-f-]{36})/.exec(post)?.[1];
    const imagePath = imageId ? `/api/images/${imageId}` : undefined;
    const postId = /postId\\?":\\?"([0-9a-f-]{36})/.exec(post)?.[1];
    const paths = [
      "/",
      postPath,
      "/category/technology",
      ...(imagePath ? [imagePath] : []),
      "/api/viewer",
      ...(postId ? [`/api/posts/${postId}/engagement`] : []),
    ];
    const rssBefore = serverRssMiB();
    const rows = [];
    for (const path of paths) {
      await load(path); // warm-up pass, not recorded
      rows.push({ ...(await load(path)), rss: serverRssMiB() });
      console.log(rows.at(-1));
    }
    const rssAfter = serverRssMiB();
    const table = rows
      .map((r) => `| \`${r.path}\` | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.rss ?? "?"} |`)
      .join("\n");
    const driver = process.env.DATABASE_URL ? "PostgreSQL (postgres.js)" : "PGlite (embedded)";
    const report = `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: ${driver}

${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; autocannon, ${connections} connections, ${duration} s per route after a warm-up pass.

| route | req/s | p50 ms | p99 ms | errors | RSS after, MiB |
| --- | ---: | ---: | ---: | ---: | ---: |
${table}

Server memory (RSS): ${rssBefore ?? "?"} MiB after start-up, ${rssAfter ?? "?"} MiB after the runs.
`;
    const file = "bench/RESULTS.md";
    const previous = readFileSync(file, "utf8");
    const marker = "<!-- results -->\n";
    writeFileSync(file, previous.replace(marker, `${marker}\n${report}`));
    console.log(`\n${report}\nAppended to ${file}.`);
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
