import { expect, test } from "@playwright/test";
import {
  copyOfCookies,
  emailOf,
  READER_PASSWORD,
  signInWithPassword,
  signUpReader,
  unique,
  viewerOf,
} from "./fixtures";

test("signing out ends the session on the server: a copy of its cookie is refused", async ({ browser, page }) => {
  const name = unique("Careful Reader");
  await signUpReader(page, name);
  const thief = await copyOfCookies(browser, page);
  expect(await viewerOf(thief.request)).toMatchObject({ name });

  await page.getByRole("button", { name: `Account menu for ${name}` }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  expect(await viewerOf(thief.request)).toBeNull();
  // Asking Auth.js for the session (which renews a live one) gets nothing either.
  expect(await (await thief.request.get("/api/auth/session")).json()).toBeNull();
  await thief.close();
});

test("'Sign out everywhere' ends every session of the reader, on every device", async ({ browser, page }) => {
  const name = unique("Travelling Reader");
  await signUpReader(page, name);
  const laptop = await browser.newPage();
  await signInWithPassword(laptop, emailOf(name), READER_PASSWORD);
  await expect(laptop.getByRole("button", { name: `Account menu for ${name}` })).toBeVisible();
  const thief = await copyOfCookies(browser, laptop);
  expect(await viewerOf(thief.request)).toMatchObject({ name });

  await page.getByRole("button", { name: `Account menu for ${name}` }).click();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  expect(await viewerOf(laptop.request)).toBeNull();
  expect(await viewerOf(thief.request)).toBeNull();
  await laptop.reload();
  await expect(laptop.getByRole("link", { name: "Sign in" })).toBeVisible();
  await thief.close();
});
