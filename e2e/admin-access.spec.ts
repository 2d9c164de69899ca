import { expect, test } from "@playwright/test";
import { ADMIN, EDITOR, emailOf, READER, READER_PASSWORD, signIn, signInTo, signUpReader, unique } from "./fixtures";

const adminPages = [
  "/admin",
  "/admin/posts",
  "/admin/posts/new",
  "/admin/media",
  "/admin/taxonomy",
  "/admin/comments",
  "/admin/log",
];
const adminOnly = ["/admin/users", "/admin/outbox"];

test("an anonymous visitor is sent to sign in and brought back to the admin page they asked for", async ({ page }) => {
  await signInTo(page, EDITOR, "/admin/media");
  await expect(page.getByRole("heading", { level: 1, name: "Media" })).toBeVisible();
});

test("every admin page sends an anonymous visitor to sign in, with the way back", async ({ request }) => {
  for (const path of [...adminPages, ...adminOnly, "/admin/preview/00000000-0000-0000-0000-000000000000"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toContain(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  }
});

test("a reader gets a 403 page and no admin data on every admin page", async ({ page }) => {
  await signIn(page, READER);
  for (const path of [...adminPages, ...adminOnly]) {
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
  for (const path of adminOnly) expect((await page.goto(path))?.status(), path).toBe(403);
});

test("an admin sees every admin page, manages users, and cannot demote the last admin", async ({ page }) => {
  await signInTo(page, ADMIN, "/admin/users");
  for (const path of adminPages) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toBeVisible();
  }
  await page.goto("/admin/users");
  await page.getByLabel("Name or email contains").fill("ada@quire.test");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/q=ada%40quire\.test/);
  await expect(page.getByRole("list", { name: "Users" }).getByRole("listitem")).toHaveCount(1);
  const row = page.getByRole("listitem").filter({ hasText: "ada@quire.test" });
  await row.getByLabel(/Role of/).selectOption("reader");
  await row.getByRole("button", { name: /Change/ }).click();
  await expect(row.getByRole("alert")).toHaveText("This is the last admin: make someone else an admin first.");
});

test("a reader an admin promotes to editor gets into /admin at once, and is out again at once when demoted", async ({
  page,
  browser,
}) => {
  const name = unique("Promoted Reader");
  await signUpReader(page, name);
  expect((await page.goto("/admin"))?.status()).toBe(403);

  const admin = await browser.newPage();
  await signInTo(admin, ADMIN, "/admin/users");
  const row = admin.getByRole("listitem").filter({ hasText: name });
  await row.getByLabel(`Role of ${name}`).selectOption("editor");
  await row.getByRole("button", { name: `Change role of ${name}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${name} is now an editor.`);
  await admin.close();

  expect((await page.goto("/admin"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // And back: a lower role ends their sessions at once, so /admin sends them to sign in; signed in
  // again, they are a reader and get the 403.
  const again = await browser.newPage();
  await signInTo(again, ADMIN, "/admin/users");
  const same = again.getByRole("listitem").filter({ hasText: name });
  await same.getByLabel(`Role of ${name}`).selectOption("reader");
  await same.getByRole("button", { name: `Change role of ${name}` }).click();
  await expect(same.getByRole("status")).toHaveText(`${name} is now a reader.`);
  await again.close();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fadmin$/);
  await page.getByLabel("Email", { exact: true }).fill(emailOf(name));
  await page.getByLabel("Password", { exact: true }).fill(READER_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/not allowed/i);
  expect((await page.goto("/admin"))?.status()).toBe(403);
});

test("an admin reads the outbox: every message the site sent, with its text but not its link's secret", async ({
  page,
  browser,
}) => {
  // A message to look for: a reset link for a demo reader (it changes nothing until used).
  const visitor = await browser.newPage();
  await visitor.goto("/forgot-password");
  await visitor.getByLabel("Email", { exact: true }).fill("samuel@readers.quire.test");
  await visitor.getByRole("button", { name: "Send the link" }).click();
  await expect(visitor.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await visitor.close();

  await signInTo(page, ADMIN, "/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await page.getByLabel("State").selectOption("sent");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/status=sent/);
  const message = page
    .getByRole("list", { name: "Messages" })
    .getByRole("listitem")
    .filter({ hasText: "samuel@readers.quire.test" })
    .filter({ hasText: "Reset your password" })
    .first();
  await expect(message).toContainText("Sent");
  await message.getByText(/Reset your password/).click();
  // Real mail carries the link; its token is not shown here, so no admin can use it.
  await expect(message.locator("pre")).toContainText("/reset-password?token=(hidden)");
});
