import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../db/seed/content";
import { linkPath, waitForMail } from "./mail";

/** Signs a demo account in through the form, as a person would, and waits to land on `returnTo`. */
export async function signIn(page: Page, email: string, returnTo = "/") {
  await signInWithPassword(page, email, DEMO_PASSWORD, returnTo);
}

/** Signs in through the form with this password, and waits to land on `returnTo`, signed in. */
export async function signInWithPassword(page: Page, email: string, password: string, returnTo = "/") {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
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

/** The email address signUpReader gives a reader of this name. */
export const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}@example.test`;

/**
 * Signs up a new reader through the form and confirms the address from the message that
 * arrives, as a person would (for tests that must not disturb the seeded readers). Every sign-up
 * of the run comes from one address, and rules.signUpPerAddress allows 10 in 15 minutes: the
 * suite makes 10, so a new one means folding it into an existing test.
 */
export async function signUpReader(page: Page, name: string) {
  const email = emailOf(name);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(READER_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(linkPath(await waitForMail(email, /confirm your email/i), "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("button", { name: `Account menu for ${name}` })).toBeVisible();
}

/** The password signUpReader gives everyone. */
export const READER_PASSWORD = "a quiet lantern by the sea";

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
