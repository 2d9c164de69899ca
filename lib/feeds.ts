import "server-only";
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { cacheLife, cacheTag } from "next/cache";
import { visit } from "unist-util-visit";
import { create } from "xmlbuilder2";
import { getCategoryBySlug } from "@/db/queries/categories";
import { listFeedPosts } from "@/db/queries/posts";
import { cacheTags } from "./cache";
import { absoluteUrl } from "./format";
import { renderMarkdown } from "./markdown";
import { paths, site } from "./site";

/** Posts in a feed: enough for a reader who checks weekly. */
const FEED_SIZE = 20;

/**
 * Feed readers show a post away from the site, so every link and image in it must be absolute:
 * "/api/images/…" becomes "https://site/api/images/…", "#notes" the post's own address + "#notes".
 */
function absolutise(tree: Root, postUrl: string): Root {
  visit(tree, "element", (node) => {
    for (const attribute of ["href", "src"] as const) {
      const value = node.properties[attribute];
      if (typeof value !== "string") continue;
      if (value.startsWith("#")) node.properties[attribute] = `${postUrl}${value}`;
      else if (value.startsWith("/")) node.properties[attribute] = absoluteUrl(value);
    }
  });
  return tree;
}

type FeedEntry = {
  url: string;
  title: string;
  excerpt: string;
  /** The post's HTML, with absolute links. */
  content: string;
  author: { name: string; url?: string };
  published: Date;
  updated: Date;
  categories: { name: string; url?: string }[];
  enclosure?: { url: string; type: string; bytes: number };
};

type FeedHead = {
  title: string;
  description: string;
  home: string;
  self: { rss: string; atom: string };
  updated: Date;
};

const ATOM = "http://www.w3.org/2005/Atom";

// Both formats are written with xmlbuilder2, which escapes every text node and attribute. No
// CDATA: the `feed` package wrote titles, excerpts, bodies and names in CDATA sections and
// escaped only the first "]]>" of each, so a title could close the section and add elements.

function rss(head: FeedHead, entries: FeedEntry[]): string {
  const channel = create({ version: "1.0", encoding: "utf-8" })
    .ele("rss", {
      version: "2.0",
      "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
      "xmlns:dc": "http://purl.org/dc/elements/1.1/",
      "xmlns:atom": ATOM,
    })
    .ele("channel");
  channel.ele("title").txt(head.title).up().ele("link").txt(head.home).up().ele("description").txt(head.description);
  channel.ele("lastBuildDate").txt(head.updated.toUTCString());
  channel.ele("docs").txt("https://www.rssboard.org/rss-specification").up().ele("generator").txt("Quire");
  channel.ele("language").txt("en").up().ele("copyright").txt(`© ${site().name}`);
  channel.ele("atom:link", { href: head.self.rss, rel: "self", type: "application/rss+xml" });
  for (const entry of entries) {
    const item = channel.ele("item");
    item.ele("title").txt(entry.title).up().ele("link").txt(entry.url);
    item.ele("guid", { isPermaLink: "true" }).txt(entry.url);
    item.ele("pubDate").txt(entry.published.toUTCString());
    item.ele("description").txt(entry.excerpt);
    item.ele("content:encoded").txt(entry.content);
    item.ele("dc:creator").txt(entry.author.name);
    for (const category of entry.categories)
      item.ele("category", category.url ? { domain: category.url } : {}).txt(category.name);
    if (entry.enclosure) {
      const { url, type, bytes } = entry.enclosure;
      item.ele("enclosure", { url, type, length: String(bytes) });
    }
  }
  return channel.end({ prettyPrint: true });
}

function atom(head: FeedHead, entries: FeedEntry[]): string {
  const feed = create({ version: "1.0", encoding: "utf-8" }).ele(ATOM, "feed");
  feed.ele("id").txt(head.home).up().ele("title").txt(head.title).up().ele("updated").txt(head.updated.toISOString());
  feed.ele("generator").txt("Quire");
  feed.ele("link", { rel: "alternate", href: head.home }).up().ele("link", { rel: "self", href: head.self.atom });
  feed.ele("subtitle").txt(head.description).up().ele("icon").txt(absoluteUrl("/icon.svg"));
  feed.ele("rights").txt(`© ${site().name}`);
  for (const entry of entries) {
    const item = feed.ele("entry");
    item.ele("title", { type: "text" }).txt(entry.title).up().ele("id").txt(entry.url);
    item.ele("link", { rel: "alternate", href: entry.url });
    if (entry.enclosure) {
      const { url, type, bytes } = entry.enclosure;
      item.ele("link", { rel: "enclosure", href: url, type, length: String(bytes) });
    }
    item.ele("published").txt(entry.published.toISOString()).up().ele("updated").txt(entry.updated.toISOString());
    item.ele("summary", { type: "text" }).txt(entry.excerpt);
    item.ele("content", { type: "html" }).txt(entry.content);
    const author = item.ele("author");
    author.ele("name").txt(entry.author.name);
    if (entry.author.url) author.ele("uri").txt(entry.author.url);
    for (const category of entry.categories) item.ele("category", { term: category.name, label: category.name });
  }
  return feed.end({ prettyPrint: true });
}

/**
 * The site's feed, or one category's, as RSS 2.0 or Atom: the newest public posts with their
 * full content. Null for a category that does not exist. Cached like the pages it mirrors.
 */
export async function buildFeed(format: "rss" | "atom", categorySlug?: string): Promise<string | null> {
  "use cache";
  cacheTag(cacheTags.postLists, cacheTags.taxonomy, cacheTags.categories);
  cacheLife("hours");
  const category = categorySlug ? await getCategoryBySlug({ slug: categorySlug }) : null;
  if (categorySlug && !category) return null;
  const posts = await listFeedPosts({ categorySlug, limit: FEED_SIZE });
  const { name, description } = site();
  const home = absoluteUrl(category ? paths.category(category.slug) : paths.home());
  const head: FeedHead = {
    title: category ? `${name}: ${category.name}` : name,
    description: category?.description || description,
    home,
    self: {
      rss: absoluteUrl(paths.feed("rss", category?.slug)),
      atom: absoluteUrl(paths.feed("atom", category?.slug)),
    },
    updated: posts[0]?.updatedAt ?? new Date(0),
  };
  const entries: FeedEntry[] = [];
  for (const post of posts) {
    const url = absoluteUrl(paths.post(post.slug));
    entries.push({
      url,
      title: post.title,
      excerpt: post.excerpt,
      content: toHtml(absolutise(await renderMarkdown(post.body), url)),
      author: {
        name: post.author.name,
        url: post.author.slug ? absoluteUrl(paths.author(post.author.slug)) : undefined,
      },
      published: post.publishedAt,
      updated: post.updatedAt,
      categories: [
        { name: post.category.name, url: absoluteUrl(paths.category(post.category.slug)) },
        ...post.tags.map((tag) => ({ name: tag })),
      ],
      enclosure:
        post.cover && post.coverFile
          ? { url: absoluteUrl(paths.image(post.cover.id)), type: post.coverFile.type, bytes: post.coverFile.bytes }
          : undefined,
    });
  }
  return format === "rss" ? rss(head, entries) : atom(head, entries);
}

const MEDIA_TYPES = { rss: "application/rss+xml", atom: "application/atom+xml" } as const;

/** The answer for a feed of a category that does not exist. */
export function feedNotFound(): Response {
  return new Response("No such category.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** A feed as an HTTP response: the XML with its media type, or a 404 for an unknown category. */
export async function feedResponse(format: "rss" | "atom", categorySlug?: string): Promise<Response> {
  const xml = await buildFeed(format, categorySlug);
  if (xml === null) return feedNotFound();
  return new Response(xml, { headers: { "Content-Type": `${MEDIA_TYPES[format]}; charset=utf-8` } });
}
