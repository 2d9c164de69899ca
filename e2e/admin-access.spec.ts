import { expect, test } from "@playwright/test";
import { ADMIN, EDITOR, READER, signIn, signInTo } from "./fixtures";

const adminPages = ["/admin", "/admin/posts", "/admin/posts/new", "/admin/media", "/admin/taxonomy", "/admin/comments", "/admin/log"];

test("an anonymous visitor is sent to sign in and brought back to the admin page they asked for", async ({ page }) => {
  await signInTo(page, EDITOR, "/admin/media");
  await expect(page.getByRole("heading", { level: 1, name: "Media" })).toBeVisible();
});

test("a reader gets a 403 page and no admin data on every admin page", async ({ page }) => {
  await signIn(page, READER);
  for (const path of [...adminPages, "/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You are not allowed here" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
  }
});

test("an editor sees every editor page but not user management", async ({ page }) => {
  await signInTo(page, EDITOR, "/admin");
  for (const path of adminPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  expect((await page.goto("/admin/users"))?.status()).toBe(403);
});

test("an admin manages users; the last admin cannot demote themself", async ({ page }) => {
  await signInTo(page, ADMIN, "/admin/users");
  await page.getByLabel("Name or email contains").fill("ada@quire.test");
  await page.getByRole("button", { name: "Filter" }).click();
  const row = page.getByRole("listitem").filter({ hasText: "ada@quire.test" });
  await row.getByLabel(/Role of/).selectOption("reader");
  await row.getByRole("button", { name: /Change/ }).click();
  await expect(row.getByRole("alert")).toHaveText("This is the last admin: make someone else an admin first.");
});
