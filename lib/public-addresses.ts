import "server-only";
import { postAddressExists } from "@/db/queries/posts";
import { slugParamSchema } from "./params";

export type PostAddressState = "post" | "none" | "unknown";

/**
 * Answers, before a post page renders, whether /posts/<slug> has anything to show: "post" for a
 * public post or a slug it had before a rename, "none" for anything else, and "unknown" when the
 * database cannot be asked or does not answer within `deadlineMs` (the page then decides, as it
 * would without this check, and a cached post page still serves while the database is down).
 *
 * proxy.ts sends "none" to the real 404 page. A page that calls notFound() itself cannot give
 * one in Next 16.4: its 404 has an empty body, drawn in the browser (see README, "How pages stay fast").
 *
 * Slugs found to be posts are remembered for `trustedMs`, so a popular post costs no query per
 * view; a post unpublished in that time shows the page's own 404 until then. Slugs found to be
 * nothing are never remembered: a post published a second ago is found at once, and made-up
 * slugs cannot fill the memory.
 */
export function postAddressChecker(
  lookup: (slug: string) => Promise<boolean>,
  { trustedMs = 60_000, remember = 10_000, deadlineMs = 1500 } = {},
) {
  const known = new Map<string, number>();
  return async function postAddressState(slug: string, now = Date.now()): Promise<PostAddressState> {
    if (!slugParamSchema.safeParse(slug).success) return "none";
    if ((known.get(slug) ?? 0) > now) return "post";
    let found: boolean;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
    });
    try {
      found = await Promise.race([lookup(slug), deadline]);
    } catch (error) {
      console.error("Could not check a post address:", error);
      return "unknown";
    } finally {
      clearTimeout(timer);
    }
    if (!found) {
      known.delete(slug);
      return "none";
    }
    if (known.size >= remember) known.clear();
    known.set(slug, now + trustedMs);
    return "post";
  };
}

export const postAddressState = postAddressChecker((slug) => postAddressExists({ slug }));
