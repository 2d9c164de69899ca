import "server-only";
import { getAuthorBySlug } from "@/db/queries/authors";
import { getCategoryBySlug } from "@/db/queries/categories";
import { postAddressExists } from "@/db/queries/posts";
import { getTagBySlug } from "@/db/queries/tags";
import { getCategoryRedirect } from "@/db/queries/taxonomy";
import { slugParamSchema } from "./params";

/** The public pages named by a slug, and the first segment of their addresses. */
const kinds = { posts: "post", category: "category", tags: "tag", authors: "author" } as const;
export type AddressKind = (typeof kinds)[keyof typeof kinds];
export type PublicAddress = { kind: AddressKind; slug: string };
export type AddressState = "found" | "none" | "unknown";

/**
 * The page a path names by slug: /posts/<slug>, and /category, /tags or /authors/<slug>, with or
 * without /page/<n>. Null for any other path. The slug is as it appears in the path (encoded).
 */
export function publicAddress(pathname: string): PublicAddress | null {
  const match = /^\/(posts|category|tags|authors)\/([^/]+)(\/page\/[^/]+)?$/.exec(pathname);
  if (!match || (match[1] === "posts" && match[3])) return null;
  return { kind: kinds[match[1] as keyof typeof kinds], slug: match[2]! };
}

type Lookup = (address: PublicAddress) => Promise<boolean>;

/**
 * Answers, before the page renders, whether an address has anything to show: "found" for a public
 * post, a category, a tag or author with public posts, or a slug one of them had before a rename;
 * "none" for anything else; "unknown" when the database cannot be asked or does not answer within
 * `deadlineMs` (the page then decides, as it would without this check, and a cached page still
 * serves while the database is down).
 *
 * proxy.ts sends "none" to the real 404 page. A page that calls notFound() itself cannot give one
 * in Next 16.4: its 404 has an empty body, drawn in the browser (see README, "Not found").
 *
 * Addresses found are remembered for `trustedMs`, so a popular page costs no query per view; a
 * post unpublished in that time shows the page's own 404 until then. Misses are never remembered:
 * a post published a second ago is found at once, and made-up slugs cannot fill the memory.
 */
export function addressChecker(lookup: Lookup, { trustedMs = 60_000, remember = 10_000, deadlineMs = 1500 } = {}) {
  const known = new Map<string, number>();
  return async function addressState(address: PublicAddress, now = Date.now()): Promise<AddressState> {
    if (!slugParamSchema.safeParse(address.slug).success) return "none";
    const key = `${address.kind}/${address.slug}`;
    if ((known.get(key) ?? 0) > now) return "found";
    let found: boolean;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
    });
    try {
      found = await Promise.race([lookup(address), deadline]);
    } catch (error) {
      console.error(`Could not check the address of ${key}:`, error);
      return "unknown";
    } finally {
      clearTimeout(timer);
    }
    if (!found) {
      known.delete(key);
      return "none";
    }
    if (known.size >= remember) known.clear();
    known.set(key, now + trustedMs);
    return "found";
  };
}

/** The same rules the pages apply before they call notFound(). */
const lookups: Record<AddressKind, (slug: string) => Promise<boolean>> = {
  post: (slug) => postAddressExists({ slug }),
  category: async (slug) => (await getCategoryBySlug({ slug })) !== null || (await getCategoryRedirect({ slug })) !== null,
  tag: async (slug) => (await getTagBySlug({ slug })) !== null,
  author: async (slug) => (await getAuthorBySlug({ slug })) !== null,
};

export const addressState = addressChecker(({ kind, slug }) => lookups[kind](slug));
