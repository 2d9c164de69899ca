import { type ChildProcess, spawn } from "node:child_process";

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/**
 * Builds and starts Quire on a database of its own, as the e2e suite does (e2e/server.ts), and
 * resolves once it answers; stop() shuts it down and drops the database.
 */
export async function startProductionServer(
  port: number,
): Promise<{ base: string; stop: () => void; process: ChildProcess }> {
  const server = spawn("node_modules/.bin/tsx", ["e2e/server.ts"], {
    env: { ...process.env, E2E_PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://localhost:${port}`;
  try {
    await waitFor(`${base}/`, 300_000);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }
  return { base, stop: () => server.kill("SIGTERM"), process: server };
}
