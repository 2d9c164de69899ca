import { expect, test } from "@playwright/test";
import { draftPost, featuredPost, publishedPosts, scheduledPost } from "./seed-facts";

test("the home page features the newest post and lists the others", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Quire/);
  const main = page.getByRole("main");

  const featured = main.locator("article").first();
  await expect(featured.getByRole("heading", { name: featuredPost.title })).toBeVisible();
  // The cover repeats the linked title, so it is decorative (alt="") and hidden from screen readers.
  await expect(featured.locator('img[alt=""]')).toHaveCount(1);

  const grid = main.getByRole("region", { name: "More stories" });
  const cards = grid.getByRole("article");
  await expect(cards).toHaveCount(publishedPosts.length - 1);
  // Newest first, each card with its category, title, excerpt, date and reading time.
  for (const [i, post] of publishedPosts.slice(1).entries()) {
    const card = cards.nth(i);
    await expect(card.getByRole("heading", { name: post.title })).toBeVisible();
    await expect(card.getByRole("link", { name: new RegExp(post.category, "i") })).toBeVisible();
    await expect(card.getByText(post.excerpt)).toBeVisible();
    await expect(card.locator("time[datetime]")).toHaveCount(1);
    await expect(card.getByText(/\d+ min read/)).toBeVisible();
  }

  await expect(main).not.toContainText(draftPost.title);
  await expect(main).not.toContainText(scheduledPost.title);
});

test("a card opens its post", async ({ page }) => {
  const post = publishedPosts[2]!;
  await page.goto("/");
  await page.getByRole("link", { name: post.title }).click();
  await expect(page).toHaveURL(`/posts/${post.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(post.title);
});

test("a page past the last one is not found", async ({ page }) => {
  await page.goto("/page/99");
  await expect(page.getByRole("heading", { name: "This page is not here" })).toBeVisible();
});
