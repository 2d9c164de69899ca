import { z } from "zod";

/** A NUL byte (Postgres text cannot hold one) or half of a surrogate pair (a broken character). */
const UNSTORABLE = /[\0\p{Surrogate}]/u;

export const UNSTORABLE_MESSAGE = "This contains a character that cannot be saved (a NUL byte or a broken character).";

/** Whether a string can be stored and shown as the person typed it. */
export const isStorable = (value: string): boolean => !UNSTORABLE.test(value);

/** A zod check for one text field: refuses what isStorable refuses, with a message. */
export const storableText = z.string().refine(isStorable, UNSTORABLE_MESSAGE);

/**
 * The fields of an action's input (an object, as parsed from FormData or JSON) holding text that
 * cannot be stored, at any depth, with the message for each; null when there are none.
 */
export function unstorableFields(input: unknown): Record<string, string[]> | null {
  const found: Record<string, string[]> = {};
  const visit = (value: unknown, field: string) => {
    if (typeof value === "string") {
      if (!isStorable(value)) found[field] = [UNSTORABLE_MESSAGE];
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, field));
    else if (value && typeof value === "object" && !(value instanceof Blob)) {
      for (const [key, v] of Object.entries(value)) visit(v, field || key);
    }
  };
  visit(input, "");
  return Object.keys(found).length > 0 ? found : null;
}
