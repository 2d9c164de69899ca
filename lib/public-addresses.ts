import "server-only";
import { z } from "zod";
import { type PublicAddress, publicAddressExists } from "@/db/queries/addresses";
import { imageExists } from "@/db/queries/images";
import { env } from "./env";
import { POSTS_PER_PAGE } from "./page-window";
import { archiveMonthParamsSchema, pageParamSchema, slugParamSchema } from "./params";
import { logError } from "./log";

export type { PublicAddress };
export type AddressState = "found" | "none" | "unknown";

const lists = { category: "category", tags: "tag", authors: "author" } as const;

/**
 * The page a path names: a post, a comment's permalink, or a page of a list (/page/<n>,
 * /category, /tags or /authors/<slug>[/page/<n>], /archive/<yyyy>/<mm>[/page/<n>]). Null for
 * any other path; "malformed" for one of these whose slug, id, month or page number no page
 * could have, as the pages parse them.
 */
export function publicAddress(pathname: string): PublicAddress | "malformed" | null {
  const pageOf = (segment: string | undefined) => (segment === undefined ? 1 : pageParamSchema.safeParse(segment).data);
  const slugOf = (segment: string) => slugParamSchema.safeParse(segment).data;
  let match: RegExpExecArray | null;
  if ((match = /^\/posts\/([^/]+)$/.exec(pathname))) {
    const slug = slugOf(match[1]!);
    return slug ? { kind: "post", slug } : "malformed";
  }
  if ((match = /^\/comments\/([^/]+)$/.exec(pathname))) {
    const id = z.uuid().safeParse(match[1]).data;
    return id ? { kind: "comment", id } : "malformed";
  }
  if ((match = /^\/page\/([^/]+)$/.exec(pathname))) {
    const page = pageOf(match[1]);
    return page ? { kind: "list", list: { of: "home" }, page } : "malformed";
  }
  if ((match = /^\/(category|tags|authors)\/([^/]+)(?:\/page\/([^/]+))?$/.exec(pathname))) {
    const [slug, page] = [slugOf(match[2]!), pageOf(match[3])];
    return slug && page
      ? { kind: "list", list: { of: lists[match[1] as keyof typeof lists], slug }, page }
      : "malformed";
  }
  if ((match = /^\/archive\/([^/]+)\/([^/]+)(?:\/page\/([^/]+))?$/.exec(pathname))) {
    const [at, page] = [archiveMonthParamsSchema.safeParse({ year: match[1], month: match[2] }).data, pageOf(match[3])];
    return at && page ? { kind: "list", list: { of: "month", ...at }, page } : "malformed";
  }
  return null;
}

/** One string per address, for remembering what was found. */
function addressKey(address: PublicAddress): string {
  if (address.kind === "post") return `post/${address.slug}`;
  if (address.kind === "comment") return `comment/${address.id}`;
  const { list, page } = address;
  const subject = list.of === "home" ? "" : list.of === "month" ? `${list.year}-${list.month}` : list.slug;
  return `list/${list.of}/${subject}/${page}`;
}

type Lookup = (address: PublicAddress) => Promise<boolean>;

/**
 * Answers, before the page renders, whether an address has anything to show: "found" when the
 * page would show something (db/queries/addresses.ts has the rules), "none" when it would call
 * notFound(); "unknown" when the database cannot be asked or does not answer within `deadlineMs`
 * (the page then decides, as it would without this check, and a cached page still serves while
 * the database is down).
 *
 * proxy.ts sends "none" to the real 404 page. A page that calls notFound() itself cannot give one
 * in Next 16.4: its 404 has an empty body, drawn in the browser (docs/decisions/002-not-found-in-the-proxy.md).
 *
 * Addresses found are remembered for `trustedMs`, so a popular page costs no query per view; a
 * post unpublished in that time shows the page's own 404 until then. Misses are never remembered:
 * a post published a second ago is found at once, and made-up addresses cannot fill the memory.
 */
export function addressChecker(lookup: Lookup, options: CheckerOptions = {}) {
  return existenceChecker(lookup, addressKey, options);
}

type CheckerOptions = { trustedMs?: number; remember?: number; deadlineMs?: number };

/** addressChecker for anything with a key: found, none, or unknown within the deadline. */
function existenceChecker<A>(
  lookup: (subject: A) => Promise<boolean>,
  keyOf: (subject: A) => string,
  { trustedMs = 60_000, remember = 10_000, deadlineMs = 1500 }: CheckerOptions,
) {
  const known = new Map<string, number>();
  return async function state(address: A, now = Date.now()): Promise<AddressState> {
    const key = keyOf(address);
    if ((known.get(key) ?? 0) > now) return "found";
    let found: boolean;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
    });
    try {
      found = await Promise.race([lookup(address), deadline]);
    } catch (error) {
      logError("Could not check a public address", { address: key }, error);
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

export const addressState = addressChecker((address) =>
  publicAddressExists(address, { pageSize: POSTS_PER_PAGE, timeZone: env().SITE_TIME_ZONE }),
);

/**
 * The library image an optimised-image address (`/_next/image?url=/api/images/<id>&w=...`) asks
 * for; null for any other address.
 */
export function optimisedImageId(url: URL): string | null {
  if (url.pathname !== "/_next/image") return null;
  const match = /^\/api\/images\/([^/?#]+)$/.exec(url.searchParams.get("url") ?? "");
  return (match && z.uuid().safeParse(match[1]).data) ?? null;
}

/**
 * Whether an image is still in the library, asked before Next's image optimiser answers from its
 * own cache (which keeps a deleted image for as long as it was told it may). Never remembered:
 * an image deleted a moment ago is refused at once. One primary-key read per optimised image
 * that reaches the server; browsers and CDNs cache the rest (IMAGE_MAX_AGE_SECONDS).
 */
export const imageState = existenceChecker(
  (id: string) => imageExists({ id }),
  (id) => `image/${id}`,
  {
    trustedMs: 0,
  },
);
