import "server-only";
import type { Refused } from "./errors";

/** A category or tag as the editors' taxonomy page lists it. */
export type TaxonomyItem = { id: string; slug: string; name: string; description: string; postCount: number };

/** What an editor types for a category (a tag has no description). */
export type TermFields = { name: string; slug: string; description: string };

/** The answer of creating or renaming a category or tag. */
export type TaxonomyWrite = { ok: true; slug: string; previousSlug: string | null } | Refused<"taken" | "not-found">;
