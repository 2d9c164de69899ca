import type { Metadata } from "next";
import { shareCardSize } from "./share-cards";
import { paths, site } from "./site";

/**
 * The feeds a page announces for autodiscovery: always the site's, and a category's own when the
 * page belongs to one. Next replaces a parent's `alternates` when a page sets its own, so every
 * page's metadata comes through here.
 */
export function feedAlternates(category?: { slug: string; name: string }) {
  const { name } = site();
  const rss = [{ url: paths.feed("rss"), title: `${name} (RSS)` }];
  const atom = [{ url: paths.feed("atom"), title: `${name} (Atom)` }];
  if (category) {
    rss.push({ url: paths.feed("rss", category.slug), title: `${name}: ${category.name} (RSS)` });
    atom.push({ url: paths.feed("atom", category.slug), title: `${name}: ${category.name} (Atom)` });
  }
  return { "application/rss+xml": rss, "application/atom+xml": atom };
}

/**
 * Title, description, canonical address, feeds and share tags of a public page. `title` is the
 * page's own; the layout's template adds the site name.
 */
export function pageMetadata({
  title,
  description,
  path,
  category,
  image = { url: paths.shareImage(), alt: `${site().name}: ${site().description}` },
  noindex = false,
}: {
  title?: string;
  description: string;
  path: string;
  category?: { slug: string; name: string };
  /** The share card; the site's own unless the page has one. */
  image?: { url: string; alt: string };
  noindex?: boolean;
}): Metadata {
  const { name, xHandle } = site();
  const shareTitle = title ?? name;
  const images = [{ ...image, ...shareCardSize, type: "image/png" }];
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedAlternates(category) },
    openGraph: { type: "website", siteName: name, title: shareTitle, description, url: path, locale: "en_US", images },
    twitter: { card: "summary_large_image", title: shareTitle, description, site: xHandle, images },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** "Design" on page 1, "Design, page 2" after it: titles stay unique across a list's pages. */
export function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}
