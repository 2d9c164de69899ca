import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../db/seed/content";
import { emailOf, READER_PASSWORD, signIn, signInWithPassword, unique, viewerOf } from "./fixtures";
import { linkPath, waitForMail } from "./mail";

// A post whose comments no other spec counts or inspects (comments.spec counts those of
// in-praise-of-quiet-interfaces, and a deleted marker there would be one too many).
const POST = "/posts/colour-that-holds-up-in-the-dark";

test("a newcomer signs up, confirms their address, comments, forgets their password and resets it", async ({
  page,
  browser,
}) => {
  // Sign-up, two messages, a comment and a reset, each through the real SMTP server.
  test.slow();
  const name = unique("Nova Reader");
  const email = emailOf(name);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(READER_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(email);

  // Not confirmed yet: they may sign in and read, but not comment.
  await signInWithPassword(page, email, READER_PASSWORD, POST);
  await page.getByLabel("Your comment").fill("Before confirming");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /confirm your email address first/ })).toBeVisible();
  // What they wrote is still there.
  await expect(page.getByLabel("Your comment")).toHaveValue("Before confirming");

  // The link in the message confirms the address (a button: a mail scanner's visit does not).
  const welcome = await waitForMail(email, /confirm your email/i);
  expect(welcome.html).toContain("Confirm my email");
  await page.goto(linkPath(welcome, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("button", { name: `Account menu for ${name}` })).toBeVisible();
  await page.goto(POST);
  const text = unique("Confirmed and commenting");
  await page.getByLabel("Your comment").fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator("#comments").getByRole("article").filter({ hasText: text })).toBeVisible();

  // Another browser forgets the password; the session here must end when it is reset.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto("/sign-in");
  await phone.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(phone.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await phone.getByLabel("Email", { exact: true }).fill(email);
  await phone.getByRole("button", { name: "Send the link" }).click();
  await expect(phone.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  const reset = await waitForMail(email, /reset your password/i);
  await phone.goto(linkPath(reset, "/reset-password"));
  await phone.getByLabel("New password").fill("a brand new lantern");
  await phone.getByRole("button", { name: "Set the new password" }).click();
  await expect(phone.getByRole("button", { name: `Account menu for ${name}` })).toBeVisible();

  expect(await viewerOf(page.request)).toBeNull();
  await page.reload();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Account menu/ })).toHaveCount(0);
  // The link worked once; the old password no longer does, the new one does.
  await phone.goto(linkPath(reset, "/reset-password"));
  await expect(
    phone.getByRole("alert").filter({ hasText: "This link has expired or was already used." }),
  ).toBeVisible();
  await signInWithPassword(page, email, "a brand new lantern", "/");
  await other.close();
});

test("signing up with an address that has an account answers as for a new one, and tells its owner", async ({
  page,
}) => {
  const owner = "maya@readers.quire.test";
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Not Maya");
  await page.getByLabel("Email", { exact: true }).fill(owner);
  await page.getByLabel("Password", { exact: true }).fill(READER_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Account menu/ })).toHaveCount(0);
  const notice = await waitForMail(owner, /tried to create an account/i);
  expect(notice.text).toContain("Hello Maya Chen,");
  linkPath(notice, "/reset-password");
  linkPath(notice, "/sign-in");
});

test("a reader asks for a sign-in link, signs in with it and comes back to the post; the link works once", async ({
  page,
  browser,
}) => {
  const email = "samuel@readers.quire.test";
  const post = "/posts/colour-that-holds-up-in-the-dark";
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(post)}`);
  await page.getByRole("link", { name: "Email me a sign-in link instead" }).click();
  await expect(page.getByRole("heading", { name: "Sign in with a link" })).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill("not an address");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("not an address");
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  // Opened on another device, as often happens: the link carries the way back.
  const phone = await (await browser.newContext()).newPage();
  const link = linkPath(await waitForMail(email, /sign in to/i), "/sign-in/link");
  await phone.goto(link);
  await expect(phone.getByText(`Sign in as ${email}?`)).toBeVisible();
  await phone.getByRole("button", { name: "Sign in", exact: true }).click();
  await phone.waitForURL(post);
  await expect(phone.getByRole("button", { name: /Account menu for Samuel/ })).toBeVisible();

  await page.goto(link);
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Send me a new link" })).toBeVisible();
  expect(await viewerOf(page.request)).toBeNull();
  await phone.context().close();
});

test("a used-up or made-up reset link says so and offers a new one", async ({ page }) => {
  await page.goto(`/reset-password?token=${"x".repeat(43)}`);
  await expect(page.getByRole("alert").filter({ hasText: "This link has expired or was already used." })).toBeVisible();
  await page.getByRole("link", { name: "Send me a new link" }).click();
  await expect(page).toHaveURL("/forgot-password");
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
