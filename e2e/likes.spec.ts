import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../db/seed/content";
import { signIn } from "./fixtures";

const count = async (locator: import("@playwright/test").Locator) =>
  Number((await locator.innerText()).match(/(\d+) Likes?/)![1]);

test("a reader likes and unlikes a post, and the count survives a reload", async ({ page }) => {
  const path = "/posts/the-case-for-a-slower-web";
  await signIn(page, "priya@readers.quire.test", path);
  const bottom = page.locator("#like");
  const hero = page.locator("article > header").getByRole("button", { name: /^Like this post/ });
  // Priya is the third demo reader: the seed has her liking this post already.
  await expect(bottom).toHaveAttribute("aria-pressed", "true");
  const before = await count(bottom);

  await bottom.click();
  await expect(bottom).toHaveAttribute("aria-pressed", "false");
  await expect(bottom).toContainText(`${before - 1} Like`);
  await expect(hero).toContainText(`${before - 1} Like`);
  await page.reload();
  await expect(bottom).toHaveAttribute("aria-pressed", "false");
  await expect(bottom).toContainText(`${before - 1} Like`);

  await hero.click();
  await expect(hero).toHaveAttribute("aria-pressed", "true");
  await expect(bottom).toContainText(`${before} Like`);
  await page.reload();
  await expect(hero).toHaveAttribute("aria-pressed", "true");
  await expect(hero).toContainText(`${before} Like`);
});

test("a signed-out reader who clicks like is asked to sign in and brought back", async ({ page }) => {
  const path = "/posts/walking-the-grid";
  // The button is React's: a click before the page has hydrated does nothing. The page asks who
  // is reading once it has hydrated, so that answer is the moment the button works.
  const hydrated = page.waitForResponse((response) => response.url().endsWith("/api/viewer"));
  await page.goto(path);
  await hydrated;
  const like = page.locator("#like");
  const before = await count(like);
  await like.click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fposts%2Fwalking-the-grid%23like$/);
  await page.getByLabel("Email", { exact: true }).fill("felix@readers.quire.test");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(`${path}#like`);
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).toContainText(`${before + 1} Like`);
});
