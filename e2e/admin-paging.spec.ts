import { expect, test, type Page } from "@playwright/test";
import { POSTS_PER_PAGE } from "../lib/page-window";
import { slugFor } from "../lib/slug";
import { expectNoAxeViolations } from "./axe";
import { EDITOR, signInTo, unique } from "./fixtures";
import { PostEditorPage } from "./pages/post-editor";
import { publishedPosts } from "./seed-facts";

/**
 * The titles of the post cards on screen, top to bottom. Role queries skip the hidden copies of
 * earlier pages that Next keeps in the document for Back.
 */
const cardTitles = (page: Page) => page.getByRole("main").getByRole("article").getByRole("heading").allTextContents();

/**
 * Follows the "Older posts" links from `path` to the last page and answers every page's titles.
 * Each page must mark itself as the current one in the pager.
 */
async function pageThrough(page: Page, path: string): Promise<string[][]> {
  await page.goto(path);
  const pages = [await cardTitles(page)];
  const older = page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Older posts" });
  while ((await older.count()) > 0) {
    await older.click();
    const n = pages.length + 1;
    await expect(page).toHaveURL(new RegExp(`/page/${n}$`));
    await expect(page.getByRole("navigation", { name: "Pagination" }).locator("[aria-current=page]")).toHaveText(
      `Page ${n}`,
    );
    pages.push(await cardTitles(page));
  }
  return pages;
}

test("readers page through a tag and the home page, newest first, and reach every post exactly once", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // One page and one more post, under a tag of their own, published one after another.
  const tag = unique("paging").replace(" ", "-");
  const titles: string[] = [];
  await signInTo(page, EDITOR, "/admin/posts/new");
  const editor = new PostEditorPage(page);
  for (let i = 1; i <= POSTS_PER_PAGE + 1; i++) {
    if (i > 1) await editor.openNew();
    const title = unique(`Paging post ${i}`);
    await editor.title.fill(title);
    await editor.excerpt.fill("One of a run of posts that fills more than a page.");
    await editor.body.fill("A paragraph.\n");
    const tags = page.getByLabel("Tags", { exact: true }).filter({ visible: true });
    await tags.fill(tag);
    await tags.press("Enter");
    await editor.press("Publish now", /Published/);
    titles.push(title);
  }
  const newestFirst = titles.toReversed();

  const context = await browser.newContext();
  const reader = await context.newPage();
  const tagPath = `/tags/${slugFor(tag)}`;
  const tagPages = await pageThrough(reader, tagPath);
  expect(tagPages).toEqual([newestFirst.slice(0, POSTS_PER_PAGE), newestFirst.slice(POSTS_PER_PAGE)]);
  await expect(reader).toHaveTitle(new RegExp(`^#${tag}, page 2 · `));
  await expect(reader.getByText(`${POSTS_PER_PAGE + 1} posts · page 2 of 2`)).toBeVisible();
  await expectNoAxeViolations(reader, "a tag's second page");

  // Back to the first page by the "Newer posts" link, and to page 2 again by its number.
  const pager = reader.getByRole("navigation", { name: "Pagination" });
  await pager.getByRole("link", { name: "Newer posts" }).click();
  await expect(reader).toHaveURL(new RegExp(`${tagPath}$`));
  await expect(pager.locator("[aria-current=page]")).toHaveText("Page 1");
  await pager.getByRole("link", { name: "Page 2", exact: true }).click();
  await expect(reader).toHaveURL(new RegExp(`${tagPath}/page/2$`));

  // A page past the last is not a page.
  await reader.goto(`${tagPath}/page/3`);
  await expect(reader.getByRole("heading", { level: 1, name: "This page is not here" })).toBeVisible();

  // The home page now spans more than one page: every published post appears on exactly one of
  // them, newest first, with the run just published at the top.
  const homePages = await pageThrough(reader, "/");
  expect(homePages.length).toBeGreaterThan(1);
  const home = homePages.flat();
  expect(home.slice(0, newestFirst.length)).toEqual(newestFirst);
  for (const title of [...titles, ...publishedPosts.map((p) => p.title)]) {
    expect(
      home.filter((t) => t === title),
      title,
    ).toHaveLength(1);
  }
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Older posts, page ${homePages.length}`);
  await context.close();
});
