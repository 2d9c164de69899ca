import { expect, test } from "@playwright/test";
import { IMAGE_MAX_AGE_SECONDS } from "../lib/image-cache";
import { readingMinutes, countWords } from "../lib/reading-time";
import { seedPosts } from "../db/seed/content";
import { PostPage } from "./pages/post-page";
import { expectedCounts, featuredPost } from "./seed-facts";

const pad = (n: number) => String(n).padStart(2, "0");

test("the post page shows every part of the reference anatomy", async ({ page }) => {
  const post = new PostPage(page);
  const response = await post.goto(featuredPost.slug);
  expect(response?.status()).toBe(200);
  const counts = expectedCounts(featuredPost.slug);

  // 1. Hero: cover as background, category link, the only h1, the meta row.
  await expect(post.hero.getByRole("img")).toHaveAttribute("alt", /.+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(post.title).toHaveText(featuredPost.title);
  await expect(post.categoryLink).toHaveText(/technology/i);
  const published = post.metaItem("date").locator("time");
  await expect(published).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(published).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  const minutes = readingMinutes(countWords(seedPosts.find((p) => p.slug === featuredPost.slug)!.body));
  await expect(post.metaItem("reading")).toHaveText(`${minutes} min read`);
  const heroLike = post.metaItem("likes").getByRole("button", { name: `Like this post: ${counts.likes} Likes` });
  await expect(heroLike).toHaveAttribute("aria-pressed", "false");
  await expect(post.metaItem("comments")).toHaveText(`${counts.comments} Comments`);

  // 2. Body: sections under headings with anchor links, figures with captions, code, quote, list, table.
  const sections = post.body.getByRole("heading", { level: 2 });
  expect(await sections.count()).toBeGreaterThanOrEqual(3);
  await expect(sections.first().getByRole("link")).toHaveAttribute("href", /^#[a-z0-9-]+$/);
  const figure = post.body.locator("figure").first();
  await expect(figure.getByRole("img")).toBeVisible();
  await expect(figure.locator("figcaption")).toHaveText(/.+/);
  await expect(post.body.locator("pre.shiki code")).toBeVisible();
  await expect(post.body.locator("blockquote")).toBeVisible();
  await expect(post.body.locator("ul > li").first()).toBeVisible();
  await expect(post.body.locator("table")).toBeVisible();

  // 3. Share the Post.
  const url = encodeURIComponent(`http://localhost:3100/posts/${featuredPost.slug}`);
  await expect(post.share.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(post.share.getByRole("link", { name: "Share on X" })).toHaveAttribute(
    "href",
    new RegExp(`^https://x\\.com/intent/post\\?url=${url}`),
  );
  await expect(post.share.getByRole("link", { name: "Share on LinkedIn" })).toHaveAttribute("href", new RegExp(url));
  await expect(post.share.getByRole("link", { name: "Share on Facebook" })).toHaveAttribute("href", new RegExp(url));
  await expect(post.share.getByRole("link", { name: "Share by email" })).toHaveAttribute("href", /^mailto:\?subject=/);

  // 4 and 5. Leave a Comment, and the comments with the same count as the hero.
  await expect(post.leaveComment).toBeVisible();
  await expect(page.getByRole("heading", { name: `Comments (${pad(counts.comments)})` })).toBeVisible();
  const items = post.comments.getByRole("article");
  await expect(items).toHaveCount(counts.comments);
  const first = items.first();
  await expect(first.getByText("Maya Chen")).toBeVisible();
  await expect(first.locator("time")).toHaveText("2 hours ago");
});

test("web addresses in comments become links that pass no ranking and open safely", async ({ page }) => {
  const post = new PostPage(page);
  await post.goto(featuredPost.slug);
  const link = post.comments.getByRole("link", { name: "https://en.wikipedia.org/wiki/Contact_print" });
  await expect(link).toHaveAttribute("href", "https://en.wikipedia.org/wiki/Contact_print");
  await expect(link).toHaveAttribute("rel", "nofollow ugc noopener");
});

test("replies show as a thread under their parent, three levels deep", async ({ page }) => {
  const post = new PostPage(page);
  await post.goto(featuredPost.slug);
  const deepest = post.comments.getByRole("article", { name: "Comment by Priya Natarajan" });
  await expect(deepest).toBeVisible();
  // article → li → ol → li → ol → li → ol → li (top level)
  const levels = await deepest.evaluate((el) => {
    let depth = 0;
    for (let node = el.parentElement; node; node = node.parentElement) if (node.tagName === "OL") depth++;
    return depth;
  });
  expect(levels).toBe(4);
});

test("copy link puts the address on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const post = new PostPage(page);
  await post.goto(featuredPost.slug);
  await post.share.getByRole("button", { name: "Copy link" }).click();
  await expect(post.share.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `http://localhost:3100/posts/${featuredPost.slug}`,
  );
});

for (const timezoneId of ["Asia/Tokyo", "America/Los_Angeles"]) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test(`sees right relative times, with the exact local time on hover`, async ({ page }) => {
      const post = new PostPage(page);
      await post.goto(featuredPost.slug);
      const time = post.comments.getByRole("article").first().locator("time");
      await expect(time).toHaveText("2 hours ago");
      const { iso, title } = await time.evaluate((el) => ({
        iso: el.getAttribute("datetime")!,
        title: el.getAttribute("title")!,
      }));
      const expected = new Intl.DateTimeFormat("en", {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: timezoneId,
      }).format(new Date(iso));
      expect(title).toBe(expected);
    });
  });
}

test("the cover is served from Postgres with an hour's caching and the right type", async ({ page, request }) => {
  await new PostPage(page).goto(featuredPost.slug);
  const src = await page.locator("figure img").first().getAttribute("src");
  const id = /%2Fapi%2Fimages%2F([0-9a-f-]{36})|\/api\/images\/([0-9a-f-]{36})/.exec(src ?? "");
  const imageId = id?.[1] ?? id?.[2];
  expect(imageId).toBeTruthy();
  const response = await request.get(`/api/images/${imageId}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  // An hour, not "immutable" for a year: a deleted image must stop answering everywhere within it.
  expect(response.headers()["cache-control"]).toBe(`public, max-age=${IMAGE_MAX_AGE_SECONDS}`);
  expect((await request.get("/api/images/not-an-id")).status()).toBe(404);
  expect((await request.get("/api/images/00000000-0000-0000-0000-000000000000")).status()).toBe(404);
});

test("relative times move on while the page stays open", async ({ page }) => {
  await page.clock.install();
  const post = new PostPage(page);
  await post.goto(featuredPost.slug);
  const time = post.comments.getByRole("article").first().locator("time");
  await expect(time).toHaveText("2 hours ago");
  await page.clock.fastForward("03:00:00");
  await expect(time).toHaveText("5 hours ago");
});
