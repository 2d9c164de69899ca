import { DrizzleQueryError } from "drizzle-orm/errors";

/**
 * An error as it may be written to a log: a failed query keeps its SQL and the driver's reason,
 * never its parameters (they can hold password hashes, emails, anything a reader typed).
 */
export function loggable(error: unknown): unknown {
  if (error instanceof DrizzleQueryError) {
    // The driver's message and code only: its `detail` can quote the failing row's values.
    const cause = error.cause as { message?: string; code?: string } | undefined;
    const frames = error.stack?.split("\n").filter((line) => line.trimStart().startsWith("at "));
    return {
      name: "DrizzleQueryError",
      query: error.query,
      reason: cause?.message,
      code: cause?.code,
      stack: frames?.join("\n"),
    };
  }
  if (error instanceof Error && error.cause !== undefined) {
    return { name: error.name, message: error.message, cause: loggable(error.cause), stack: error.stack };
  }
  return error;
}

/** Logs a server-side failure with its context; query parameters are left out. */
export function logError(message: string, context: Record<string, unknown>, error: unknown): void {
  console.error(message, { ...context, error: loggable(error) });
}
