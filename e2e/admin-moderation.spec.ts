import { expect, test, type Browser } from "@playwright/test";
import { EDITOR, signInTo, signUpReader, unique } from "./fixtures";
import { PostEditorPage } from "./pages/post-editor";

/** A published post made through the editor, so moderation never touches the seeded threads. */
async function publishedPost(browser: Browser) {
  const page = await browser.newPage();
  await signInTo(page, EDITOR, "/admin/posts/new");
  const editor = new PostEditorPage(page);
  await editor.title.fill(unique("Moderated"));
  await editor.body.fill("Discuss.");
  await editor.press("Publish now", /Published/);
  return { editorPage: page, slug: await editor.slug.inputValue() };
}

test("a moderator hides a comment and readers see the marker in its place", async ({ browser, page }) => {
  const { editorPage, slug } = await publishedPost(browser);
  await signUpReader(page, unique("Loud Reader"));
  await page.goto(`/posts/${slug}`);
  const text = unique("Something rude");
  await page.getByLabel("Your comment").fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  // The post is an article too: look among the comments only.
  const comments = page.getByRole("article", { name: /^Comment by/ });
  const comment = comments.filter({ hasText: text });
  await expect(comment).toBeVisible();
  // A reply hangs under it: the thread must survive the hiding.
  const reply = unique("A reply that stays");
  await comment.getByRole("button", { name: "Write a Reply" }).click();
  await page.getByLabel(/^Reply to/).fill(reply);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(comments.filter({ hasText: reply }).last()).toBeVisible();

  await editorPage.goto("/admin/comments");
  const item = editorPage.getByRole("article").filter({ hasText: text });
  await item.getByRole("button", { name: "Hide" }).click();
  await expect(item.getByText("Hidden by a moderator")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("article", { name: "Comment hidden by a moderator" })).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
  await expect(comments.filter({ hasText: reply }).last()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Comments (01)" })).toBeVisible();

  await editorPage.goto("/admin/log");
  await expect(editorPage.getByRole("row").filter({ hasText: "hid a comment" }).first()).toBeVisible();
});

test("a banned reader is told why when they try to comment", async ({ browser, page }) => {
  const { editorPage, slug } = await publishedPost(browser);
  const name = unique("Spammy Reader");
  await signUpReader(page, name);
  await page.goto(`/posts/${slug}`);
  await page.getByLabel("Your comment").fill(unique("Buy cheap things"));
  await page.getByRole("button", { name: "Post comment" }).click();

  await editorPage.goto("/admin/comments");
  await editorPage
    .getByRole("button", { name: `Ban ${name}` })
    .first()
    .click();
  const dialog = editorPage.getByRole("dialog", { name: `Ban ${name} from commenting` });
  await dialog.getByLabel("Reason").fill("Advertising in comments");
  await dialog.getByRole("button", { name: "Ban from commenting" }).click();
  await expect(editorPage.getByRole("button", { name: `Lift ban on ${name}` }).first()).toBeVisible();

  const refused = unique("Another advert");
  await page.getByLabel("Your comment").fill(refused);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Advertising in comments" })).toContainText(
    "stopped you from commenting",
  );
  // Nothing typed is lost.
  await expect(page.getByLabel("Your comment")).toHaveValue(refused);
});

test("uploading a file that is not an image says why and stores nothing", async ({ page }) => {
  await signInTo(page, EDITOR, "/admin/media");
  const form = page.getByRole("form", { name: "Upload an image" });
  await form
    .getByLabel("Image file")
    .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("not really a picture") });
  await form.getByLabel("Alt text").fill("A photo");
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByLabel("Image file")).toHaveAccessibleDescription(/not a JPEG, PNG, WebP, AVIF or GIF image/);
  await expect(form.getByLabel("Alt text")).toHaveValue("A photo");
});

test("an editor locks a post's discussion, then turns comments off", async ({ browser, page }) => {
  const { editorPage, slug } = await publishedPost(browser);
  const editor = new PostEditorPage(editorPage);
  await editorPage.getByLabel("Comments", { exact: true }).filter({ visible: true }).selectOption("locked");
  await editor.press("Save changes", /Changes saved and live/);
  await page.goto(`/posts/${slug}`);
  await expect(page.getByText("This discussion is locked")).toBeVisible();
  await expect(page.getByLabel("Your comment")).toHaveCount(0);

  await editorPage.getByLabel("Comments", { exact: true }).filter({ visible: true }).selectOption("off");
  await editor.press("Save changes", /Changes saved and live/);
  await page.reload();
  await expect(page.getByRole("region", { name: "Leave a Comment" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Comments \(/ })).toHaveCount(0);
});
