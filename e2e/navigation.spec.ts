import { expect, test, type Request } from "@playwright/test";
import { seedCategories } from "../db/seed/content";
import { READER, signIn } from "./fixtures";
import { draftPost, featuredPost, publishedPosts, scheduledPost } from "./seed-facts";

test("the header leads to each category's page with only its posts", async ({ page }) => {
  await page.goto("/");
  for (const category of seedCategories) {
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: category.name }).click();
    await expect(page).toHaveURL(`/category/${category.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.name);
    const expected = publishedPosts.filter((p) => p.category === category.slug);
    const cards = page.getByRole("main").getByRole("article");
    await expect(cards).toHaveCount(expected.length);
    for (const post of expected) await expect(page.getByRole("heading", { name: post.title })).toBeVisible();
  }
});

test("a post's category link opens that category", async ({ page }) => {
  const post = publishedPosts[1]!;
  await page.goto(`/posts/${post.slug}`);
  await page
    .locator("article > header")
    .getByRole("link", { name: new RegExp(post.category, "i") })
    .click();
  await expect(page).toHaveURL(`/category/${post.category}`);
});

for (const [label, path] of [
  ["a draft", `/posts/${draftPost.slug}`],
  ["a scheduled post", `/posts/${scheduledPost.slug}`],
  ["an unknown post", "/posts/no-such-post"],
  ["an unknown category", "/category/no-such-category"],
]) {
  test(`${label} gives the 404 page and is kept out of search engines`, async ({ page }) => {
    await page.goto(path!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not here");
    // Next may add its own robots tag beside the page's streamed one: every one must say noindex.
    const robots = page.locator('meta[name="robots"]');
    await expect(robots.first()).toHaveAttribute("content", /noindex/);
    for (const tag of await robots.all()) await expect(tag).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("main")).not.toContainText(draftPost.title);
    await expect(page.getByRole("main")).not.toContainText(scheduledPost.title);
  });
}

// Addresses no earlier run asked for, so no cached answer can stand in for the first one.
const never = () => `never-asked-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const pastTheLast = () => 1000 + Math.floor(Math.random() * 90_000);
for (const [label, path] of [
  ["a draft", `/posts/${draftPost.slug}`],
  ["a scheduled post", `/posts/${scheduledPost.slug}`],
  ["a post never asked for before", `/posts/${never()}`],
  ["a category never asked for before", `/category/${never()}`],
  ["a tag's second page, for a tag never asked for before", `/tags/${never()}/page/2`],
  ["an author never asked for before", `/authors/${never()}`],
  ["a comment never asked for before", `/comments/${crypto.randomUUID()}`],
  ["a month with no posts", `/archive/${1970 + Math.floor(Math.random() * 30)}/0${1 + Math.floor(Math.random() * 9)}`],
  ["the home page's list past its last page", `/page/${pastTheLast()}`],
  ["a category's list past its last page", `/category/${featuredPost.category}/page/${pastTheLast()}`],
  ["a tag's list past its last page", `/tags/${featuredPost.tags[0]}/page/${pastTheLast()}`],
]) {
  test(`${label} answers 404 at once, with the 404 page in the HTML itself`, async ({ request }) => {
    // Read as a crawler or a reader without JavaScript would: the status and the HTML as sent.
    const response = await request.get(path!);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/<title>Page not found · [^<]+<\/title>/);
    expect(html).toMatch(/<h1[^>]*>This page is not here<\/h1>/);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
  });
}

test("drafts and scheduled posts appear on no category page", async ({ page }) => {
  for (const slug of [draftPost.category, scheduledPost.category]) {
    await page.goto(`/category/${slug}`);
    await expect(page.getByRole("main")).not.toContainText(draftPost.title);
    await expect(page.getByRole("main")).not.toContainText(scheduledPost.title);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header offers Sign in where the account menu would be, and it leads back to the page", async ({ page }) => {
    const path = `/posts/${featuredPost.slug}`;
    await page.goto(path);
    const signIn = page.getByRole("banner").getByRole("link", { name: "Sign in" });
    await expect(signIn).toBeVisible();
    await signIn.click();
    await expect(page).toHaveURL(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  });
});

test("link prefetches are answered at once on a second visit, signed in or not", async ({ page }) => {
  // Chromium kept stale-while-revalidate RSC payloads in its HTTP cache, and on a second visit
  // a duplicate of each prefetch hung for about 25 s before it was aborted.
  await signIn(page, READER, "/");
  const started = new Map<Request, number>();
  const settled = new Set<Request>();
  page.on("request", (r) => r.headers()["next-router-prefetch"] && started.set(r, Date.now()));
  page.on("requestfinished", (r) => settled.add(r));
  page.on("requestfailed", (r) => settled.add(r));
  for (const path of ["/category/design", "/", "/category/design", "/"]) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: /Account menu for/ })).toBeVisible();
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(3_000);
  expect(started.size).toBeGreaterThan(0);
  const open = [...started.keys()].filter((r) => !settled.has(r)).map((r) => r.url());
  expect(open, "prefetches still waiting 3 s after the last page load").toEqual([]);
  const response = await page.request.get("/category/design", { headers: { rsc: "1" } });
  expect(response.headers()["cache-control"]).toBe("private, no-store");
});
