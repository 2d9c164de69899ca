import { expect, type Page } from "@playwright/test";
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
