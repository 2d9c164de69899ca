import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { publicPageTypes } from "./page-types";

// The checker ships as a jar inside the vnu-jar package; Java runs it.
const vnuJar = path.join(process.cwd(), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

test("the HTML of every public page type is valid (Nu HTML Checker)", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "quire-vnu-"));
  try {
    const files: Record<string, string> = {};
    for (const { name, path: pagePath } of await publicPageTypes(request)) {
      const response = await request.get(pagePath);
      const file = path.join(dir, `${name.replace(/\W+/g, "-")}.html`);
      writeFileSync(file, await response.text());
      files[`file:${file}`] = `${name} (${pagePath})`;
    }
    // vnu exits non-zero when it finds errors; its JSON report is on stderr either way.
    const result = await promisify(execFile)(
      "java",
      ["-jar", vnuJar, "--errors-only", "--format", "json", ...Object.keys(files).map((f) => f.slice(5))],
      {
        maxBuffer: 20 * 1024 * 1024,
      },
    ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
    const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === "error" || m.subType === "fatal")
      .map((m) => `${files[m.url] ?? m.url} line ${m.lastLine}: ${m.message} ${m.extract ?? ""}`.trim());
    expect(errors).toEqual([]);
    expect(Object.keys(files).length).toBe(14);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
