import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../db/seed/content";

/** Signs in through the form, as a person would, and waits to land on `returnTo`. */
export async function signIn(page: Page, email: string, returnTo = "/") {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === returnTo.split("#")[0]);
  await expect(page.getByRole("button", { name: /Account menu for/ })).toBeVisible();
}

/** A unique bit of text, so parallel tests never mistake each other's comments. */
export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Signs in through the form on the way to an admin page; lands there. */
export async function signInTo(page: Page, email: string, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** Signs up a new reader through the form (for tests that must not disturb the seeded ones). */
export async function signUpReader(page: Page, name: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page
    .getByLabel("Email", { exact: true })
    .fill(`${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}@example.test`);
  await page.getByLabel("Password", { exact: true }).fill("a quiet lantern by the sea");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: `Account menu for ${name}` })).toBeVisible();
}

export const EDITOR = "grace@quire.test";
export const ADMIN = "ada@quire.test";
export const READER = "priya@readers.quire.test";

/** Who the server says a set of cookies belongs to (null: nobody). */
export async function viewerOf(request: APIRequestContext): Promise<{ name: string; role: string } | null> {
  return (await (await request.get("/api/viewer")).json()).viewer;
}

/** A second browser holding a copy of this page's cookies, as a thief would. */
export async function copyOfCookies(browser: Browser, page: Page) {
  const thief = await browser.newContext();
  await thief.addCookies(await page.context().cookies());
  return thief;
}
