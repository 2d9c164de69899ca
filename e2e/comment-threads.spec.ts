import { expect, test, type Page } from "@playwright/test";
import { signIn, unique } from "./fixtures";
import { discussionPosts, threadAuthor } from "./discussions";
import { expectedCounts } from "./seed-facts";

// Long discussions, as readers meet them: more than a page of threads, exactly one page, and a
// handful posted into one after another. e2e/discussions.ts seeds them.

const section = (page: Page) => page.locator("#comments");
const topLevelCards = (page: Page) => section(page).locator(":scope > div > ol > li > article");
const card = (page: Page, text: string) => section(page).getByRole("article").filter({ hasText: text });
const showMore = (page: Page) => page.getByRole("button", { name: "Show more comments" });
const heading = (page: Page) => page.getByRole("heading", { name: /^Comments \(\d+\)$/ });
const padded = (n: number) => `Comments (${String(n).padStart(2, "0")})`;

async function post(page: Page, text: string) {
  await page.getByLabel("Your comment").fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
}

test("a new comment on a post with more than a page of threads shows at once, in view, and says so", async ({
  page,
}) => {
  const path = `/posts/${discussionPosts.busy}`;
  await signIn(page, "lena@readers.quire.test", path);
  await expect(topLevelCards(page)).toHaveCount(20);
  await expect(showMore(page)).toBeVisible();

  const text = unique("Late to this thread");
  await post(page, text);
  // Oldest first, it belongs after every thread not loaded yet: it shows there, in view.
  await expect(card(page, text)).toBeVisible();
  await expect(card(page, text)).toBeInViewport();
  await expect(card(page, text)).toContainText("Your comment is posted");
  await expect(page.getByLabel("Your comment")).toHaveValue("");

  // Loading the rest puts it in its place once, not twice.
  await showMore(page).click();
  await expect(card(page, "Thread 26 on")).toBeVisible();
  await expect(card(page, text)).toHaveCount(1);
  await expect(topLevelCards(page).last()).toContainText(text);
  await expect(showMore(page)).toHaveCount(0);
});

test("a post with exactly one page of threads offers 'Show more comments' once a 21st arrives", async ({ page }) => {
  const path = `/posts/${discussionPosts.fullPage}`;
  await signIn(page, "omar@readers.quire.test", path);
  await expect(topLevelCards(page)).toHaveCount(20);
  await expect(showMore(page)).toHaveCount(0);

  const text = unique("The twenty-first");
  await post(page, text);
  await expect(card(page, text)).toBeVisible();
  await expect(showMore(page)).toBeVisible();
  await showMore(page).click();
  await expect(card(page, text)).toHaveCount(1);
  await expect(showMore(page)).toHaveCount(0);
});

test("a reply, an edit and a deletion on a page loaded with 'Show more comments' show where they were made", async ({
  page,
}) => {
  test.slow();
  const path = `/posts/${discussionPosts.busy}`;
  await signIn(page, "isabel@readers.quire.test", path);
  await showMore(page).click();
  const target = "Thread 24 on";
  const thread = section(page)
    .locator("li")
    .filter({ has: page.getByRole("article").filter({ hasText: target }) })
    .first();
  await expect(thread).toBeVisible();

  const reply = unique("Page two reply");
  await card(page, target).getByRole("button", { name: "Write a Reply" }).click();
  await page.getByLabel(`Reply to ${threadAuthor(24)}`).fill(reply);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(thread.getByRole("article").filter({ hasText: reply })).toBeVisible();
  await expect(card(page, reply)).toContainText("Your reply is posted");
  await expect(card(page, reply)).toBeInViewport();

  const edited = unique("Page two reply, better");
  await card(page, reply).getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Edit your comment").fill(edited);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(thread.getByRole("article").filter({ hasText: edited })).toContainText("edited");
  await expect(card(page, edited)).toContainText("Your changes are saved");

  await card(page, edited).getByRole("button", { name: "Delete" }).click();
  await card(page, edited).getByRole("button", { name: "Yes, delete" }).click();
  await expect(card(page, edited)).toHaveCount(0);
  await expect(thread.getByRole("article").filter({ hasText: target })).toBeVisible();
  // Nothing else moved: the first page is still there above it.
  await expect(topLevelCards(page).first()).toContainText("Thread 1 on");
  await expect(showMore(page)).toHaveCount(0);
});

test("every comment posted in a row appears at once, and the count and the cards agree", async ({ browser }) => {
  test.slow();
  const path = `/posts/${discussionPosts.few}`;
  let expected = expectedCounts(discussionPosts.few).comments;
  // Five a minute is one reader's limit: two readers take turns, in two browsers.
  const readers = await Promise.all(
    ["felix@readers.quire.test", "kwame@readers.quire.test"].map(async (email) => {
      const page = await (await browser.newContext()).newPage();
      await signIn(page, email, path);
      return page;
    }),
  );
  // A bystander keeps reloading the post meanwhile, so the shared page is being regenerated
  // while comments land: the moment a cached render can miss a change.
  const bystander = await browser.newPage();
  let posting = true;
  const reloading = (async () => {
    for (let n = 0; posting && n < 200; n++) {
      await bystander.goto(path).catch(() => {});
      await bystander.waitForTimeout(200);
    }
  })();
  for (let i = 0; i < 10; i++) {
    const page = readers[i % 2]!;
    const text = unique(`In a row ${i + 1}`);
    await post(page, text);
    expected += 1;
    // Two cores, a bystander reloading and another worker's tests: the answer may take a while.
    const meanwhile = { timeout: 15_000 };
    await expect(card(page, text)).toBeVisible(meanwhile);
    await expect(heading(page)).toHaveText(padded(expected), meanwhile);
    await expect(section(page).getByRole("article")).toHaveCount(expected, meanwhile);
  }
  posting = false;
  await reloading;
  for (const page of [...readers, bystander]) await page.context().close();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("no line of a post's meta row starts with its '·' separator", async ({ page }) => {
    await page.goto(`/posts/${discussionPosts.busy}`);
    await expect(page.locator("article > header [data-meta=comments]")).toHaveText(/\d+ Comments/);
    const lines = await page.evaluate(() => {
      const found = { wrapped: 0, startsWithDot: 0 };
      for (const list of document.querySelectorAll("ul:has(> li[data-meta])")) {
        let top: number | null = null;
        for (const item of list.children) {
          const box = item.getBoundingClientRect();
          const startsLine = top !== null && box.top > top + 2;
          top = box.top;
          if (!startsLine || box.bottom < 0 || box.top > innerHeight) continue;
          found.wrapped += 1;
          // The separator's box is the item's first 1.25rem: is anything of the item there to see?
          const hit = document.elementFromPoint(box.left + 10, box.top + box.height / 2);
          if (hit && item.contains(hit)) found.startsWithDot += 1;
        }
      }
      return found;
    });
    expect(lines.wrapped, "the hero's meta row wraps at 390 px").toBeGreaterThan(0);
    expect(lines.startsWithDot).toBe(0);
  });
});
