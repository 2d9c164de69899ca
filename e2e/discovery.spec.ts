import { expect, test } from "@playwright/test";
import { seedPosts } from "../db/seed/content";
import { featuredPost, publishedPosts } from "./seed-facts";

test("a reader searches from the header, sees ranked results with the words marked, and opens one", async ({
  page,
}) => {
  await page.goto("/");
  const box = page.getByRole("search").first().getByRole("searchbox", { name: "Search posts" });
  await box.fill("embedded postgres");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=embedded\+postgres$/);
  await expect(page.getByRole("status")).toHaveText(/1 post matches “embedded postgres”/);
  const result = page.getByRole("main").getByRole("article").first();
  await expect(result.locator("mark").first()).toHaveText(/postgres/i);
  await result.getByRole("link", { name: "Postgres in Your Pocket: Why We Ship an Embedded Database" }).click();
  await expect(page).toHaveURL("/posts/postgres-in-your-pocket");
});

test("search: a title match ranks first, no results and an empty search say what to do", async ({ page }) => {
  await page.goto("/search?q=typeface");
  const titles = page.getByRole("main").getByRole("article").getByRole("heading", { level: 2 });
  await expect(titles.first()).toHaveText("The Long Life of a Typeface");
  await page.goto("/search?q=xylophonequartz");
  await expect(page.getByRole("status")).toHaveText("Nothing matches “xylophonequartz”.");
  await expect(page.getByText("Check the spelling")).toBeVisible();
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("xylophonequartz");
  await page.goto("/search");
  await expect(page.getByText("Use quotes for an exact phrase", { exact: false })).toBeVisible();
  // Drafts and scheduled posts are never found.
  const hidden = seedPosts.find((p) => p.status === "draft")!;
  await page.goto(`/search?q=${encodeURIComponent(`"${hidden.title}"`)}`);
  await expect(page.getByRole("main").getByRole("link", { name: hidden.title })).toHaveCount(0);
});

test("from a post, a reader reaches its tag, its author, the table of contents, a footnote and the next post", async ({
  page,
}) => {
  await page.goto("/posts/postgres-in-your-pocket");
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "What it costs" }).click();
  await expect(page).toHaveURL(/#what-it-costs$/);
  await expect(page.getByRole("heading", { name: "What it costs" })).toBeInViewport();

  const note = page.locator("a[data-footnote-ref]").first();
  await note.click();
  await expect(page.getByText("The same C source as the server")).toBeInViewport();
  await page.getByRole("link", { name: "Back to note 1 in the text" }).click();
  await expect(note).toBeInViewport();

  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "#Databases" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("#Databases");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Postgres in Your Pocket: Why We Ship an Embedded Database" }),
  ).toBeVisible();

  await page.goto("/posts/postgres-in-your-pocket");
  await page.getByRole("article").first().getByRole("link", { name: "Ada Lindqvist", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada Lindqvist");
  await expect(page.getByText("Founding editor.")).toBeVisible();
  const adaPosts = publishedPosts.filter((p) => p.author === "ada");
  await expect(page.getByText(`${adaPosts.length} posts`)).toBeVisible();

  const index = publishedPosts.findIndex((p) => p.slug === "postgres-in-your-pocket");
  const newer = publishedPosts[index - 1]!;
  await page.goto("/posts/postgres-in-your-pocket");
  await page
    .getByRole("navigation", { name: "Previous and next posts" })
    .getByRole("link", { name: /Next post/ })
    .click();
  await expect(page).toHaveURL(`/posts/${newer.slug}`);
});

test("a post without three headings has no table of contents; related posts share tags or category", async ({
  page,
}) => {
  const short = publishedPosts.find((p) => (p.body.match(/^## /gm) ?? []).length < 3)!;
  await page.goto(`/posts/${short.slug}`);
  await expect(page.getByRole("navigation", { name: "On this page" })).toHaveCount(0);
  await page.goto(`/posts/${featuredPost.slug}`);
  const related = page.getByRole("region", { name: "Keep reading" }).getByRole("article");
  await expect(related.first()).toBeVisible();
  const titles = await related.getByRole("heading").allTextContents();
  for (const title of titles) {
    const post = publishedPosts.find((p) => p.title === title)!;
    expect(post.slug).not.toBe(featuredPost.slug);
    expect(post.category === featuredPost.category || post.tags.some((t) => featuredPost.tags.includes(t))).toBe(true);
  }
});

test("the archive lists months, and a month lists its posts", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Archive" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every post, by month");
  const months = page.getByRole("main").getByRole("link");
  // Each link reads "<Month year>" then "<n> posts".
  const parts = await months.evaluateAll((links) => links.map((a) => [...a.children].map((c) => c.textContent ?? "")));
  const total = parts.reduce((sum, [, count]) => sum + Number(count!.match(/^(\d+) posts?$/)![1]), 0);
  expect(total).toBe(publishedPosts.length);
  const firstMonth = parts[0]![0]!;
  await months.first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstMonth);
  await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
});

test("the theme switch remembers the choice across pages and applies it before the first paint", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const theme = page.getByRole("group", { name: "Theme" });
  await theme.getByRole("button", { name: "Dark" }).click();
  await expect(theme.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // Record the page's background at the first moment the body exists, before any of our JavaScript runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(
        document.body,
      ).backgroundColor;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/posts/${featuredPost.slug}`);
  expect(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).toBe(
    "rgb(17, 18, 19)",
  );
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("button", { name: "Dark" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  await page.getByRole("group", { name: "Theme" }).getByRole("button", { name: "System" }).click();
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).toBe(
    "rgb(251, 250, 247)",
  );
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
});
