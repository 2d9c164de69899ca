import slugify from "@sindresorhus/slugify";

/** The URL slug for a title or name: lower-case ASCII words joined by hyphens, at most 120 chars. */
export function slugFor(text: string): string {
  return slugify(text, { decamelize: false }).slice(0, 120).replace(/-+$/, "");
}

/** The format the database accepts for slugs. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
