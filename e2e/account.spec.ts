import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { emailOf, READER_PASSWORD, signIn, signInWithPassword, signUpReader, unique, viewerOf } from "./fixtures";
import { expectNoAxeViolations } from "./axe";

// A post whose comments no other spec counts or inspects (comments.spec counts those of
// in-praise-of-quiet-interfaces, and a deleted marker there would be one too many).
const POST = "/posts/colour-that-holds-up-in-the-dark";

test("a reader renames themselves and uploads a picture (their old comment follows), downloads their data, ends another session, changes their password and deletes their account", async ({
  page,
  browser,
}) => {
  test.slow();
  const name = unique("Renaming Reader");
  await signUpReader(page, name);
  await page.goto(POST);
  const words = unique("Words under my old name");
  await page.getByLabel("Your comment").fill(words);
  await page.getByRole("button", { name: "Post comment" }).click();
  const mine = page.locator("#comments").getByRole("article").filter({ hasText: words });
  await expect(mine).toContainText(name);

  // A second browser signed in as the same reader.
  const laptop = await browser.newContext({
    userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  });
  const other = await laptop.newPage();
  await signInWithPassword(other, emailOf(name), READER_PASSWORD);
  await expect(other.getByRole("button", { name: `Account menu for ${name}` })).toBeVisible();

  await page.getByRole("button", { name: `Account menu for ${name}` }).click();
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "account page");

  const renamed = unique("Renamed Reader");
  await page.getByLabel("Name").fill(renamed);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const menu = page.getByRole("button", { name: `Account menu for ${renamed}` });
  await expect(menu).toBeVisible();

  // A picture: a file that only calls itself one is refused, saying why; a real photo is kept.
  const picture = page.getByRole("region", { name: "Picture" });
  await picture.getByLabel("Your picture").setInputFiles({
    name: "me.png",
    mimeType: "image/png",
    buffer: Buffer.from("not an image at all"),
  });
  await picture.getByRole("button", { name: "Upload picture" }).click();
  await expect(picture.getByText("This file is not a JPEG, PNG, WebP, AVIF or GIF image")).toBeVisible();
  const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#2a6f97" } })
    .jpeg()
    .toBuffer();
  await picture.getByLabel("Your picture").setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: photo });
  await picture.getByRole("button", { name: "Upload picture" }).click();
  await expect(picture.getByRole("status")).toContainText("Your new picture is saved.");
  await expect(menu.locator("img")).toHaveAttribute("src", /^\/api\/avatars\//);
  const avatar = (await menu.locator("img").getAttribute("src"))!;
  expect((await page.request.get(avatar)).headers()["content-type"]).toBe("image/webp");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download my data" }).click(),
  ]);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.profile).toMatchObject({ name: renamed, email: emailOf(name) });
  expect(data.comments).toEqual([expect.objectContaining({ body: words, post: expect.stringContaining(POST) })]);

  const sessions = page.getByRole("region", { name: "Where you are signed in" });
  await expect(sessions.getByText("(this browser)")).toBeVisible();
  await sessions.getByRole("button", { name: "End the session of Firefox on Linux" }).click();
  await expect(sessions.getByText("You are signed in nowhere else.")).toBeVisible();
  expect(await viewerOf(other.request)).toBeNull();
  await laptop.close();

  // The comment carries the new name and the picture once the cached page has refreshed.
  await expect(async () => {
    await page.goto(POST);
    const comment = page.locator("#comments").getByRole("article").filter({ hasText: words });
    await expect(comment).toContainText(renamed, { timeout: 1_000 });
    await expect(comment.locator(`img[src="${avatar}"]`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // Back to initials: the picture's address stops answering.
  await page.goto("/account");
  await page.getByRole("button", { name: "Remove picture" }).click();
  await expect(picture.getByRole("status")).toContainText("Your picture is removed");
  await expect(menu.locator("img")).toHaveCount(0);
  await expect(menu.locator("span[aria-hidden]")).toHaveText(/^[A-Z]{1,2}$/);
  expect((await page.request.get(avatar)).status()).toBe(404);

  // A new password needs the current one, and ends every other session.
  const elsewhere = await browser.newContext();
  const phone = await elsewhere.newPage();
  await signInWithPassword(phone, emailOf(name), READER_PASSWORD);
  await expect(phone.getByRole("button", { name: `Account menu for ${renamed}` })).toBeVisible();
  await page.goto("/account");
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("a brand new lantern");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(READER_PASSWORD);
  await page.getByLabel("New password").fill("a brand new lantern");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed" })).toBeVisible();
  expect(await viewerOf(page.request)).toMatchObject({ name: renamed });
  expect(await viewerOf(phone.request)).toBeNull();
  await elsewhere.close();

  // Another reader answers the comment; then the reader deletes their account.
  const replier = await browser.newContext();
  const jonas = await replier.newPage();
  await signIn(jonas, "jonas@readers.quire.test", POST);
  const answer = unique("An answer that outlives the question");
  await jonas
    .locator("#comments")
    .getByRole("article")
    .filter({ hasText: words })
    .getByRole("button", { name: "Write a Reply" })
    .click();
  await jonas.getByLabel(`Reply to ${renamed}`).fill(answer);
  await jonas.getByRole("button", { name: "Post reply" }).click();
  await expect(jonas.locator("#comments").getByRole("article").filter({ hasText: answer })).toBeVisible();
  await replier.close();

  await page.goto("/account");
  const deletion = page.getByRole("region", { name: "Delete your account" });
  await deletion.getByLabel("Your password").fill("a brand new lantern");
  await deletion.getByRole("button", { name: "Delete my account" }).click();
  await page.waitForURL("/account-deleted");
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the blog" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await viewerOf(page.request)).toBeNull();
  // The thread survives: the answer is there, under a marker with neither the name nor the words.
  await page.goto(POST);
  const thread = page.locator("#comments");
  await expect(thread.getByRole("article").filter({ hasText: answer })).toBeVisible();
  await expect(thread.getByText("Comment deleted").first()).toBeVisible();
  await expect(thread.getByText(words)).toHaveCount(0);
  await expect(thread.getByText(renamed)).toHaveCount(0);
  // Their sign-in is gone with it.
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(emailOf(name));
  await page.getByLabel("Password", { exact: true }).fill("a brand new lantern");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /do not match/ })).toBeVisible();
});

test("the account page sends a signed-out visitor to sign in and back", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount$/);
});
