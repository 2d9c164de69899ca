// The HTML checks of the suite. The Nu HTML Checker (the W3C's, from the vnu-jar package) needs
// Java; where there is none, html-validate (JavaScript) checks the same pages against its
// "standard" preset. Both report every error with the page's name, so a test can print them.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { HtmlValidate } from "html-validate";

export type HtmlValidator = {
  name: string;
  /** Every error in the pages (name → HTML), as "name line N: message". */
  validate(pages: Record<string, string>): Promise<string[]>;
};

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

const vnuJar = path.join(process.cwd(), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

export const nuChecker: HtmlValidator = {
  name: "Nu HTML Checker",
  async validate(pages) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "quire-vnu-"));
    try {
      const files = new Map<string, string>();
      Object.entries(pages).forEach(([name, html], i) => {
        const file = path.join(dir, `page-${i}.html`);
        writeFileSync(file, html);
        files.set(`file:${file}`, name);
      });
      // vnu exits non-zero when it finds errors; its JSON report is on stderr either way. Anything
      // else (Java failing to start) has no report and must fail the check, not pass it.
      const { stderr } = await promisify(execFile)(
        "java",
        ["-jar", vnuJar, "--errors-only", "--format", "json", ...[...files.keys()].map((f) => f.slice(5))],
        { maxBuffer: 20 * 1024 * 1024 },
      ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
      const report = JSON.parse(stderr) as { messages: VnuMessage[] };
      return report.messages
        .filter((m) => m.type === "error" || m.subType === "fatal")
        .map((m) => `${files.get(m.url) ?? m.url} line ${m.lastLine}: ${m.message} ${m.extract ?? ""}`.trim());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const htmlValidateConfig = new HtmlValidate({
  extends: ["html-validate:standard"],
});

export const htmlValidate: HtmlValidator = {
  name: "html-validate",
  async validate(pages) {
    const errors: string[] = [];
    for (const [name, html] of Object.entries(pages)) {
      const report = await htmlValidateConfig.validateString(html);
      for (const result of report.results)
        for (const m of result.messages)
          if (m.severity === 2)
            errors.push(`${name} line ${m.line}: ${m.message} (${m.ruleId}) ${m.selector ?? ""}`.trim());
    }
    return errors;
  },
};

function hasJava(): boolean {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The Nu checker where Java runs, html-validate otherwise (HTML_VALIDATOR=html-validate forces it). */
export const activeValidator: HtmlValidator =
  process.env.HTML_VALIDATOR === "html-validate" || !hasJava() ? htmlValidate : nuChecker;
