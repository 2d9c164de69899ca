import { env } from "./env";
import { withQuery } from "./search-params";

/** The publication's identity; every value is a setting with a default (see .env.example). */
export function site() {
  const { SITE_NAME, SITE_DESCRIPTION, SITE_URL, SITE_SOCIAL_LINKS, SITE_X_HANDLE, SITE_TIME_ZONE } = env();
  return {
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: SITE_URL,
    timeZone: SITE_TIME_ZONE,
    socialLinks: SITE_SOCIAL_LINKS.map((href) => ({ href, label: socialLabel(href) })),
    xHandle: SITE_X_HANDLE,
  };
}

const NETWORKS: Record<string, string> = {
  "github.com": "GitHub",
  "x.com": "X",
  "twitter.com": "X",
  "bsky.app": "Bluesky",
  "linkedin.com": "LinkedIn",
  "youtube.com": "YouTube",
  "instagram.com": "Instagram",
  "facebook.com": "Facebook",
};

/** A profile link's name: the network for well-known hosts ("GitHub"), else the host. */
export function socialLabel(href: string): string {
  const { hostname, pathname } = new URL(href);
  const host = hostname.replace(/^www\./, "");
  if (NETWORKS[host]) return NETWORKS[host];
  // Mastodon and other fediverse servers put the account at /@name.
  return /^\/@[^/]+\/?$/.test(pathname) ? `Mastodon (${host})` : host;
}

/** Paths of the public pages, so links and tests agree on them. */
export const paths = {
  home: (page = 1) => (page <= 1 ? "/" : `/page/${page}`),
  post: (slug: string) => `/posts/${slug}`,
  /** A post's generated share card, or the site's (app/opengraph-image.tsx) without a slug. */
  shareImage: (slug?: string) => (slug ? `/posts/${slug}/share-image` : "/opengraph-image"),
  category: (slug: string, page = 1) => (page <= 1 ? `/category/${slug}` : `/category/${slug}/page/${page}`),
  tag: (slug: string, page = 1) => (page <= 1 ? `/tags/${slug}` : `/tags/${slug}/page/${page}`),
  author: (slug: string, page = 1) => (page <= 1 ? `/authors/${slug}` : `/authors/${slug}/page/${page}`),
  archive: () => "/archive",
  archiveMonth: (year: number, month: number, page = 1) => {
    const base = `/archive/${year}/${String(month).padStart(2, "0")}`;
    return page <= 1 ? base : `${base}/page/${page}`;
  },
  search: (query?: string, page = 1) => withQuery("/search", { q: query, page: page > 1 ? page : undefined }),
  feed: (format: "rss" | "atom", categorySlug?: string) =>
    `${categorySlug ? `/category/${categorySlug}` : ""}/${format === "rss" ? "feed.xml" : "atom.xml"}`,
  image: (id: string) => `/api/images/${id}`,
  comment: (id: string) => `/comments/${id}`,
};
