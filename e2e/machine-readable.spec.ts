import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import sharp from "sharp";
import { seedAuthors, seedCategories, seedPosts } from "../db/seed/content";
import { slugFor } from "../lib/slug";
import { publicPageTypes } from "./page-types";
import { draftPost, featuredPost, publishedPosts, scheduledPost } from "./seed-facts";

// RSS puts the full post in content:encoded (rss-parser keeps <description> as `content`).
const parser = new Parser<Record<string, never>, { "content:encoded"?: string }>({
  customFields: { item: ["content:encoded"] },
});
const fullContent = (item: { content?: string; "content:encoded"?: string }) =>
  item["content:encoded"] ?? item.content ?? "";

test.describe("feeds", () => {
  for (const [format, path] of [
    ["RSS", "/feed.xml"],
    ["Atom", "/atom.xml"],
  ] as const) {
    test(`the ${format} feed parses, lists published posts newest first with full content and absolute URLs`, async ({
      request,
      baseURL,
    }) => {
      const response = await request.get(path);
      expect(response.headers()["content-type"]).toContain(
        format === "RSS" ? "application/rss+xml" : "application/atom+xml",
      );
      const feed = await parser.parseString(await response.text());
      expect(feed.title).toBe("Quire");
      expect(feed.items.map((i) => i.link)).toEqual(publishedPosts.map((p) => `${baseURL}/posts/${p.slug}`));
      for (const item of feed.items) {
        const post = publishedPosts.find((p) => item.link?.endsWith(`/posts/${p.slug}`))!;
        expect(item.title).toBe(post.title);
        // Full content, not a summary: the body's last words are there.
        const lastWords = post.body.trim().split(/\s+/).slice(-3).join(" ").replace(/[*_`]/g, "");
        expect(fullContent(item).replace(/\s+/g, " ")).toContain(lastWords);
        expect(fullContent(item)).not.toMatch(/(src|href)="\/(?!\/)/);
      }
      const withImage = feed.items.find((i) => i.link?.endsWith(featuredPost.slug))!;
      expect(fullContent(withImage)).toContain(`src="${baseURL}/api/images/`);
      expect(fullContent(withImage)).toContain("The spark of machine imagination");
      const all = JSON.stringify(feed);
      expect(all).not.toContain(draftPost.slug);
      expect(all).not.toContain(scheduledPost.slug);
    });
  }

  test("each category has its own feeds; an unknown category's is a 404", async ({ request, baseURL }) => {
    for (const category of seedCategories) {
      const expected = publishedPosts
        .filter((p) => p.category === category.slug)
        .map((p) => `${baseURL}/posts/${p.slug}`);
      for (const file of ["feed.xml", "atom.xml"]) {
        const feed = await parser.parseString(await (await request.get(`/category/${category.slug}/${file}`)).text());
        expect(feed.title).toBe(`Quire: ${category.name}`);
        expect(feed.items.map((i) => i.link)).toEqual(expected);
      }
    }
    expect((await request.get("/category/no-such-category/feed.xml")).status()).toBe(404);
  });

  test("every page announces the feeds for autodiscovery", async ({ page }) => {
    for (const path of [
      "/",
      `/posts/${featuredPost.slug}`,
      "/archive",
      "/search",
      `/category/${featuredPost.category}`,
    ]) {
      await page.goto(path);
      const feeds = page.locator('head link[rel="alternate"]');
      await expect(feeds.and(page.locator('[type="application/rss+xml"][href$="/feed.xml"]')).first()).toHaveCount(1);
      await expect(feeds.and(page.locator('[type="application/atom+xml"][href$="/atom.xml"]')).first()).toHaveCount(1);
    }
    await page.goto(`/category/${featuredPost.category}`);
    await expect(
      page.locator(`head link[rel="alternate"][href$="/category/${featuredPost.category}/feed.xml"]`),
    ).toHaveCount(1);
  });
});

test("the sitemap lists exactly the public pages, and robots.txt points to it", async ({ request, baseURL }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(baseURL!, ""));
  const lastmods = [...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)];
  expect(lastmods).toHaveLength(urls.length);
  const tags = [...new Set(publishedPosts.flatMap((p) => p.tags))];
  const authors = [...new Set(publishedPosts.map((p) => p.author))].map((key) =>
    slugFor(seedAuthors.find((a) => a.key === key)!.name),
  );
  const categories = [...new Set(publishedPosts.map((p) => p.category))];
  const pages = urls.filter((u) => !u.startsWith("/archive/"));
  expect(pages.sort()).toEqual(
    [
      "/",
      "/archive",
      ...publishedPosts.map((p) => `/posts/${p.slug}`),
      ...categories.map((c) => `/category/${c}`),
      ...tags.map((t) => `/tags/${t}`),
      ...authors.map((a) => `/authors/${a}`),
    ].sort(),
  );
  expect(urls.filter((u) => u.startsWith("/archive/")).length).toBeGreaterThan(0);
  for (const hidden of [draftPost, scheduledPost]) expect(xml).not.toContain(`/posts/${hidden.slug}<`);
  // Tags only a draft or a scheduled post carries are not public pages.
  const hiddenTags = seedPosts
    .filter((p) => p === draftPost || p === scheduledPost)
    .flatMap((p) => p.tags)
    .filter((t) => !tags.includes(t));
  for (const tag of hiddenTags) expect(urls).not.toContain(`/tags/${tag}`);
  expect(xml).not.toContain("/admin");
  for (const url of urls) expect((await request.get(url)).status(), url).toBe(200);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toMatch(/Disallow: \/admin/);
});

test("a post's share data is complete: title, description, canonical, Open Graph, Twitter card and image", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto(`/posts/${featuredPost.slug}`);
  const meta = (key: string) =>
    page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute("content");
  expect(await page.title()).toBe(`${featuredPost.title} · Quire`);
  expect(await meta("description")).toBe(featuredPost.excerpt);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${baseURL}/posts/${featuredPost.slug}`,
  );
  expect(await meta("og:title")).toBe(featuredPost.title);
  expect(await meta("og:description")).toBe(featuredPost.excerpt);
  expect(await meta("og:type")).toBe("article");
  expect(await meta("og:url")).toBe(`${baseURL}/posts/${featuredPost.slug}`);
  expect(await meta("og:site_name")).toBe("Quire");
  expect(await meta("article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(await meta("twitter:card")).toBe("summary_large_image");
  expect(await meta("twitter:title")).toBe(featuredPost.title);
  const image = await meta("og:image");
  expect(image).toBe(`${baseURL}/posts/${featuredPost.slug}/share-image`);
  expect(await meta("twitter:image")).toBe(image);
  const png = await request.get(image!);
  expect(png.headers()["content-type"]).toBe("image/png");
  const { width, height, format } = await sharp(await png.body()).metadata();
  expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: "png" });
});

test("JSON-LD: a post is a BlogPosting with a breadcrumb trail; the home page is a WebSite with a search action", async ({
  page,
  baseURL,
}) => {
  const jsonLd = async () =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap(
      (text) => JSON.parse(text) as unknown[],
    ) as Record<string, unknown>[];
  await page.goto(`/posts/${featuredPost.slug}`);
  const post = await jsonLd();
  const posting = post.find((d) => d["@type"] === "BlogPosting")!;
  expect(posting).toMatchObject({
    headline: featuredPost.title,
    url: `${baseURL}/posts/${featuredPost.slug}`,
    author: { "@type": "Person", name: "Ada Lindqvist", url: `${baseURL}/authors/ada-lindqvist` },
    articleSection: "Technology",
  });
  expect(new Date(posting.datePublished as string).getTime()).not.toBeNaN();
  expect(new Date(posting.dateModified as string).getTime()).not.toBeNaN();
  expect((posting.image as string[]).every((url) => url.startsWith(`${baseURL}/`))).toBe(true);
  const crumbs = post.find((d) => d["@type"] === "BreadcrumbList")!.itemListElement as {
    position: number;
    name: string;
    item: string;
  }[];
  expect(crumbs.map((c) => c.name)).toEqual(["Quire", "Technology", featuredPost.title]);

  await page.goto("/");
  const [site] = await jsonLd();
  expect(site).toMatchObject({
    "@type": "WebSite",
    name: "Quire",
    url: `${baseURL}/`,
    potentialAction: { "@type": "SearchAction", target: { urlTemplate: `${baseURL}/search?q={search_term_string}` } },
  });
});

test("every public page type has its own title, description and canonical address", async ({ page, request }) => {
  test.setTimeout(90_000);
  const seen = { titles: new Set<string>(), descriptions: new Set<string>(), canonicals: new Set<string>() };
  for (const { name, path } of await publicPageTypes(request)) {
    if (name.startsWith("search") || name === "not found") continue; // one page, /search, and a 404
    await page.goto(path);
    const title = await page.title();
    const description = await page.locator('head meta[name="description"]').getAttribute("content");
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
    expect(seen.titles.has(title), `${name}: title "${title}" is unique`).toBe(false);
    expect(seen.descriptions.has(description!), `${name}: description is unique`).toBe(false);
    expect(seen.canonicals.has(canonical!), `${name}: canonical is unique`).toBe(false);
    seen.titles.add(title);
    seen.descriptions.add(description!);
    seen.canonicals.add(canonical!);
  }
});
