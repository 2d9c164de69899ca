import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../db/seed/content";
import { signIn } from "./fixtures";

test("a newcomer signs up, is signed in, and signs out", async ({ page }) => {
  const email = `new-${Date.now()}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Nova Reader");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a quiet lantern by the sea");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/");
  const menu = page.getByRole("button", { name: "Account menu for Nova Reader" });
  await expect(menu).toBeVisible();
  await menu.click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(menu).toHaveCount(0);
});

test("sign-up explains what is wrong and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Kept Name");
  await page.getByLabel("Email", { exact: true }).fill("kept@example.test");
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue("Kept Name");
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("kept@example.test");

  await password.fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/one of the most common ones/)).toBeVisible();
});

test("a wrong password gets a message that does not reveal whether the account exists", async ({ page }) => {
  const messages: string[] = [];
  for (const email of ["maya@readers.quire.test", "nobody-here@example.test"]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: /match/ });
    await expect(alert).toBeVisible();
    messages.push(await alert.innerText());
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(email);
  }
  expect(messages[0]).toBe(messages[1]);
});

test("a demo reader signs in, sees their name, and signs out", async ({ page }) => {
  await signIn(page, "maya@readers.quire.test");
  await page.getByRole("button", { name: "Account menu for Maya Chen" }).click();
  await expect(page.getByText("Reader", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("the return address cannot send a reader off the site", async ({ page }) => {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent("https://evil.test/phish")}`);
  await page.getByLabel("Email", { exact: true }).fill("maya@readers.quire.test");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("http://localhost:3100/");
});

test("a new X-Forwarded-For on every wrong password gains nothing: the eleventh is refused", async ({ browser }) => {
  // The attack, replayed: each attempt claims to come from somewhere else. The server works the
  // address out from the socket, so all of them count against one account-from-one-address.
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `nobody-${Date.now()}@example.test`;
  const refused = page.getByRole("alert").filter({ hasText: /Too many attempts/ });
  for (let i = 1; i <= 11; i++) {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i}` });
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(`guess number ${i}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const answer = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(answer).toBeVisible();
    if (i <= 10) await expect(answer).toContainText("do not match");
  }
  await expect(refused).toBeVisible();
  await context.close();
});
