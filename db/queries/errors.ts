/**
 * What Postgres said when it refused a write: its SQLSTATE code and the constraint's name. Both
 * drivers wrap it differently (postgres.js: `constraint_name`; PGlite: `constraint`; drizzle puts
 * either in `cause`), so this walks the chain once for every caller.
 */
export function postgresRefusal(error: unknown): { code: string; constraint?: string } | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint } = e as {
      code?: unknown;
      constraint_name?: unknown;
      constraint?: unknown;
    };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      const name = typeof constraint_name === "string" ? constraint_name : constraint;
      return { code, constraint: typeof name === "string" ? name : undefined };
    }
  }
  return null;
}

/** True when `error` is a unique-constraint violation (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return postgresRefusal(error)?.code === "23505";
}

/**
 * The one way a query says it did not make a write: `{ ok: false, reason }`, with the reasons
 * its callers branch on. A write that can be refused answers `{ ok: true, ... } | Refused<...>`;
 * reads answer null for "nothing there".
 */
export type Refused<Reason extends string> = { ok: false; reason: Reason };

export const refused = <Reason extends string>(reason: Reason): Refused<Reason> => ({ ok: false, reason });
