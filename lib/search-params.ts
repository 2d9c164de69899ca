import { z } from "zod";
import { storableText } from "./text";

/** A page number from a query string: 1 when absent or odd. */
export const pageQuerySchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** A free-text filter from a query string, trimmed; undefined when empty or not storable text. */
export const textQuerySchema = storableText
  .trim()
  .max(200)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/** A uuid filter from a query string; undefined when absent or malformed. */
export const idQuerySchema = z.uuid().optional().catch(undefined);

/** The first value of a query parameter. */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A URL with the given query parameters, leaving out empty ones. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== "") params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
