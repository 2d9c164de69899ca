import { expect, test } from "@playwright/test";
import { ADMIN, copyOfCookies, signInTo, signUpReader, unique, viewerOf } from "./fixtures";

test("a ban that ends their sessions signs the reader out everywhere", async ({ browser, page }) => {
  const reader = await browser.newPage();
  const name = unique("Banned Reader");
  await signUpReader(reader, name);
  const thief = await copyOfCookies(browser, reader);
  expect(await viewerOf(thief.request)).toMatchObject({ name });

  await signInTo(page, ADMIN, "/admin/users");
  await page.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  await page.getByRole("button", { name: `Ban ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Ban ${name} from commenting` });
  await dialog.getByLabel("Reason").fill("Shared their account");
  await dialog.getByLabel("Also sign them out everywhere").check();
  await dialog.getByRole("button", { name: "Ban from commenting" }).click();
  await expect(page.getByRole("button", { name: `Lift ban on ${name}` })).toBeVisible();

  expect(await viewerOf(thief.request)).toBeNull();
  expect(await viewerOf(reader.request)).toBeNull();
  await thief.close();
});

test("a lower role ends every session of that person at once", async ({ browser, page }) => {
  const person = await browser.newPage();
  const name = unique("Former Editor");
  await signUpReader(person, name);
  await signInTo(page, ADMIN, "/admin/users");
  await page.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  const role = page.getByLabel(`Role of ${name}`);
  await role.selectOption("editor");
  await page.getByRole("button", { name: `Change role of ${name}` }).click();
  await expect(page.getByText(`${name} is now an editor.`)).toBeVisible();

  // More power keeps the session; their copied cookie works, now as an editor.
  const thief = await copyOfCookies(browser, person);
  expect(await viewerOf(thief.request)).toMatchObject({ name, role: "editor" });

  await role.selectOption("reader");
  await page.getByRole("button", { name: `Change role of ${name}` }).click();
  await expect(page.getByText(`${name} is now a reader.`)).toBeVisible();
  expect(await viewerOf(thief.request)).toBeNull();
  expect(await viewerOf(person.request)).toBeNull();
  await thief.close();
});
