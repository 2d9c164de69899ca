import { pathToFileURL } from "node:url";
import { closeDb } from "./index";

/** A failure the person running the script caused and can fix: printed without a stack trace. */
export class ScriptError extends Error {}

/**
 * Runs `main` when the calling module is the process's entry (`tsx db/x.ts`), prints what it
 * returns, reports a failure with a non-zero exit code, and closes the database either way.
 */
export function runIfMain(moduleUrl: string, name: string, main: () => Promise<string>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? "").href) return;
  main()
    .then((message) => console.log(message))
    .catch((error: unknown) => {
      console.error(`${name} failed:`, error instanceof ScriptError ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
