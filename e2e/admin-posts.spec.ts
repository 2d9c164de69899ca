import { expect, test, type Page } from "@playwright/test";
import { EDITOR, signInTo, unique } from "./fixtures";
import { pngFile, PostEditorPage } from "./pages/post-editor";

/** An editor writes a post with a cover and an inline figure; answers the editor and its title. */
async function writePost(page: Page, label: string) {
  const editor = new PostEditorPage(page);
  await editor.openNew();
  const title = unique(label);
  await editor.title.fill(title);
  await expect(editor.slug).toHaveValue(/^[a-z0-9-]+$/);
  await editor.excerpt.fill("Written from the admin in a browser.");
  await editor.body.fill("An opening paragraph.\n\n");
  return { editor, title };
}

test("an editor writes a post with a cover and a captioned figure, previews it, publishes it, and readers see it", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInTo(page, EDITOR, "/admin/posts/new");
  const { editor, title } = await writePost(page, "Field notes");
  await editor.uploadCover(await pngFile("cover.png"), "A green field");
  await editor.body.press("End");
  await editor.insertImage(await pngFile("figure.png", "#a03020"), "A red square", "Figure one, in red");
  // The live preview is the public renderer's output: the figure and its caption appear.
  await expect(page.getByRole("region", { name: "Live preview" }).locator("figcaption")).toHaveText(
    "Figure one, in red",
  );

  await editor.press("Save draft", /Draft saved/);
  const id = await editor.postId();
  const slug = await editor.slug.inputValue();

  await page.getByRole("link", { name: "Preview" }).filter({ visible: true }).click();
  await expect(page.getByRole("note")).toContainText("this post is a draft");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("article figure figcaption")).toHaveText("Figure one, in red");

  // Nobody else reaches the draft: not at its preview, not at its address.
  const stranger = await browser.newPage();
  await stranger.goto(`/admin/preview/${id}`);
  await expect(stranger).toHaveURL(/\/sign-in/);
  await stranger.goto(`/posts/${slug}`);
  await expect(stranger.getByRole("heading", { level: 1, name: "This page is not here" })).toBeVisible();

  await page.goBack();
  await editor.press("Publish now", /Published/);
  await stranger.goto("/");
  const card = stranger
    .getByRole("article")
    .filter({ has: stranger.getByRole("link", { name: title }) })
    .first();
  await expect(card).toBeVisible();
  await stranger.goto(`/posts/${slug}`);
  await expect(stranger.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(stranger.locator("figure img[alt='A red square']")).toBeVisible();
  await expect(stranger.locator("figure figcaption")).toHaveText("Figure one, in red");
  await expect(stranger.locator("article > header img[alt='A green field']")).toBeAttached();
  await stranger.close();
});

test("editing a published post's title updates its public page at once; a new slug redirects from the old", async ({
  page,
  browser,
}) => {
  await signInTo(page, EDITOR, "/admin/posts/new");
  const { editor, title } = await writePost(page, "Before");
  await editor.press("Publish now", /Published/);
  const oldSlug = await editor.slug.inputValue();
  const reader = await browser.newPage();
  await reader.goto(`/posts/${oldSlug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The newest post leads back to the one before it, and never to itself: "Publish now" stores
  // the database's clock, with microseconds.
  const postNav = reader.getByRole("navigation", { name: "Previous and next posts" });
  await expect(postNav.getByRole("link", { name: /Previous post/ })).toBeAttached();
  await expect(postNav.locator(`a[href="/posts/${oldSlug}"]`)).toHaveCount(0);
  await expect(postNav.locator("a[rel=next]")).toHaveCount(0);

  const renamed = unique("After");
  await editor.title.fill(renamed);
  await editor.press("Save changes", /Changes saved and live/);
  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  await editor.slug.fill(`moved-${oldSlug}`);
  await editor.press("Save changes", /Changes saved and live/);
  await reader.goto(`/posts/${oldSlug}`);
  await reader.waitForURL(`**/posts/moved-${oldSlug}`);
  await expect(reader.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await reader.close();
});

test("a post scheduled a minute ahead stays hidden until its time, then appears with no job running", async ({
  page,
  browser,
}) => {
  test.setTimeout(200_000);
  await signInTo(page, EDITOR, "/admin/posts/new");
  const { editor, title } = await writePost(page, "Scheduled");
  // The next whole minute at least 60 s away, in the editor's own time zone.
  const { local, at } = await page.evaluate(() => {
    const when = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return {
      local: `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}T${pad(when.getHours())}:${pad(when.getMinutes())}`,
      at: when.getTime(),
    };
  });
  await editor.publishAt.fill(local);
  await editor.press("Schedule", /Scheduled/);
  const slug = await editor.slug.inputValue();

  const reader = await browser.newPage();
  await reader.goto(`/posts/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: "This page is not here" })).toBeVisible();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);

  await reader.waitForTimeout(Math.max(0, at - Date.now()) + 1_500);
  // The first request after the moment may still get the cached page while it refreshes.
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    await reader.goto(`/posts/${slug}`);
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await reader.close();
});

test("an editor compares a revision with the current text and restores it", async ({ page }) => {
  await signInTo(page, EDITOR, "/admin/posts/new");
  const { editor } = await writePost(page, "Revisions");
  await editor.body.fill("The first version of the body.");
  await editor.press("Save draft", /Draft saved/);
  await editor.body.fill("A second, worse version.");
  await editor.press("Save draft", /Draft saved/);

  await page.getByRole("link", { name: "Revisions" }).filter({ visible: true }).click();
  const revisions = page.getByRole("navigation", { name: "Revisions" }).getByRole("link");
  await expect(revisions).toHaveCount(2);
  await revisions.last().click();
  await expect(page.locator("del").filter({ hasText: "The first version of the body." })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "A second, worse version." })).toBeVisible();
  await page.getByRole("button", { name: "Restore this revision" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Restore" }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/[0-9a-f-]{36}$/);
  await expect(editor.body).toHaveValue("The first version of the body.");
});

test("a failed save says why on the field and keeps everything typed; leaving with unsaved changes asks first", async ({
  page,
}) => {
  await signInTo(page, EDITOR, "/admin/posts/new");
  const editor = new PostEditorPage(page);
  await editor.body.fill("Words I do not want to lose.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.errorSummary).toHaveText("Please check the highlighted fields.");
  await expect(editor.title).toHaveAttribute("aria-invalid", "true");
  await expect(editor.title).toHaveAccessibleDescription("Give the post a title.");
  await expect(editor.body).toHaveValue("Words I do not want to lose.");

  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Media" }).click();
  expect(asked).toContain("unsaved changes");
  await expect(page).toHaveURL(/\/admin\/posts\/new$/);
  await expect(editor.body).toHaveValue("Words I do not want to lose.");
});

test("the editor works from the keyboard alone", async ({ page }) => {
  await signInTo(page, EDITOR, "/admin/posts/new");
  const editor = new PostEditorPage(page);
  const title = unique("Keyboard");
  await editor.title.focus();
  await page.keyboard.type(title);
  await page.keyboard.press("Tab");
  await expect(editor.slug).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(editor.excerpt).toBeFocused();
  await page.keyboard.type("Typed without a mouse.");
  // Tags: Enter adds a chip without submitting anything.
  await page.getByLabel("Tags").focus();
  await page.keyboard.type("keyboard");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Remove tag keyboard" })).toBeVisible();
  await editor.body.focus();
  await page.keyboard.type("Body text.");
  // Tab leaves the body (no trap) and reaches the save button.
  for (
    let i = 0;
    i < 20 && !(await page.getByRole("button", { name: "Save draft" }).evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("button", { name: "Save draft" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(editor.status).toHaveText("Draft saved.");
});
