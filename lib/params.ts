import { z } from "zod";

/** A page number from a URL segment: an integer from 2 up (page 1 lives at the plain URL). */
export const pageParamSchema = z.coerce.number().int().min(2).max(100_000);

/** A slug from a URL segment. */
export const slugParamSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);

/** A year and month from /archive/<yyyy>/<mm>. */
export const archiveMonthParamsSchema = z.object({
  year: z.coerce.number().int().min(1970).max(9999),
  month: z
    .string()
    .regex(/^(0[1-9]|1[0-2])$/)
    .transform(Number),
});

/** The slug and page number of a list's later page (/<list>/<slug>/page/<n>), or null if either is malformed. */
export function parseSlugAndPage({
  slug,
  page,
}: {
  slug: string;
  page: string;
}): { slug: string; page: number } | null {
  const parsedSlug = slugParamSchema.safeParse(slug);
  const parsedPage = pageParamSchema.safeParse(page);
  return parsedSlug.success && parsedPage.success ? { slug: parsedSlug.data, page: parsedPage.data } : null;
}
