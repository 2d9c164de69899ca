import "server-only";
import { Feed } from "feed";
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { cacheLife, cacheTag } from "next/cache";
import { visit } from "unist-util-visit";
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
  const feed = new Feed({
    title: category ? `${name}: ${category.name}` : name,
    description: category?.description || description,
    id: home,
    link: home,
    language: "en",
    copyright: `© ${name}`,
    updated: posts[0]?.updatedAt ?? new Date(0),
    generator: "Quire",
    favicon: absoluteUrl("/icon.svg"),
    feedLinks: {
      rss: absoluteUrl(paths.feed("rss", category?.slug)),
      atom: absoluteUrl(paths.feed("atom", category?.slug)),
    },
  });
  for (const post of posts) {
    const url = absoluteUrl(paths.post(post.slug));
    const content = toHtml(absolutise(await renderMarkdown(post.body), url));
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      description: post.excerpt,
      content,
      author: [
        { name: post.author.name, link: post.author.slug ? absoluteUrl(paths.author(post.author.slug)) : undefined },
      ],
      date: post.updatedAt,
      published: post.publishedAt,
      category: [
        { name: post.category.name, domain: absoluteUrl(paths.category(post.category.slug)) },
        ...post.tags.map((tag) => ({ name: tag })),
      ],
      image:
        post.cover && post.coverFile
          ? { url: absoluteUrl(paths.image(post.cover.id)), type: post.coverFile.type, length: post.coverFile.bytes }
          : undefined,
    });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
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
