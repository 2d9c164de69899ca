/**
 * `npx tsx bench/csp-nonce.ts`: what a CSP nonce costs a page under Next 16.4 with Cache
 * Components, measured on a production build with its own seeded database.
 *
 * 1. Does a prerendered page take a nonce? A post page is requested with a nonce-based policy in
 *    the request header (as proxy.ts sends it for per-request pages) and its scripts are checked.
 * 2. What does per-request rendering cost? The post page prerendered, against sign-in (rendered
 *    per request with a nonce) and one of Next's static JS chunks served by the same server, in interleaved rounds of sequential
 *    requests; medians in ms, and the machine's load.
 */
import os from "node:os";
import { startProductionServer } from "./server";

const port = 3310;
const rounds = 5;
const perRound = 40;

async function timeOf(url: string, init?: RequestInit): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const server = await startProductionServer(port);
  try {
    const post = `${server.base}/posts/walking-the-grid`;
    const nonced = await fetch(post, {
      headers: { "content-security-policy": "script-src 'nonce-bWVhc3VyZQ==' 'strict-dynamic'" },
    });
    const html = await nonced.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    const withNonce = scripts.filter((s) => s.includes('nonce="bWVhc3VyZQ=="')).length;
    console.log(
      `1. Prerendered post page asked with a nonce: ${withNonce} of ${scripts.length} scripts carry it` +
        ` (x-nextjs-cache: ${nonced.headers.get("x-nextjs-cache") ?? "none"}).`,
    );

    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    if (!chunk) throw new Error("no static chunk in the post page");
    const targets = {
      "post page (prerendered)": post,
      "sign-in (per request, nonce)": `${server.base}/sign-in`,
      "static file (a JS chunk)": `${server.base}${chunk}`,
    };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    for (const url of Object.values(targets)) await timeOf(url); // warm up
    for (let round = 0; round < rounds; round++) {
      for (const [name, url] of Object.entries(targets)) {
        for (let i = 0; i < perRound; i++) times[name]!.push(await timeOf(url));
      }
    }
    const staticMedian = median(times["static file (a JS chunk)"]!);
    console.log(
      `2. ${rounds} interleaved rounds of ${perRound} sequential requests; load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}, ${os.cpus().length} cores`,
    );
    console.log("| page | median ms | × static file |\n|---|---:|---:|");
    for (const [name, values] of Object.entries(times)) {
      console.log(`| ${name} | ${median(values).toFixed(1)} | ${(median(values) / staticMedian).toFixed(1)} |`);
    }
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
