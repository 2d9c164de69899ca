import { expect, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";

/** A small real PNG to upload, drawn on the spot. */
export async function pngFile(name: string, colour = "#2f6f5e") {
  const buffer = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}

/** The admin's post editor, found by labels and roles as an editor would find it. */
export class PostEditorPage {
  readonly title: Locator;
  readonly slug: Locator;
  readonly excerpt: Locator;
  readonly body: Locator;
  readonly publishAt: Locator;
  readonly status: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    // Next keeps recently visited pages in the document, hidden, to restore them on Back: an
    // editor left behind is still there. Only the visible one is the one on screen.
    const visible = { visible: true } as const;
    this.title = page.getByLabel("Title", { exact: true }).filter(visible);
    this.slug = page.getByLabel("Slug", { exact: true }).filter(visible);
    this.excerpt = page.getByLabel("Excerpt", { exact: true }).filter(visible);
    this.body = page.getByLabel("Body (Markdown)").filter(visible);
    this.publishAt = page.getByLabel(/^Publish at/).filter(visible);
    this.status = page.getByRole("status").filter({ hasText: /\S/, visible: true });
    this.errorSummary = page.getByRole("alert").filter({ hasText: /\S/, visible: true }).first();
  }

  async openNew() {
    await this.page.goto("/admin/posts/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "New post" })).toBeVisible();
  }

  /** Uploads an image in the open picker dialog and picks it (with a caption for inline images). */
  private async uploadInPicker(file: Awaited<ReturnType<typeof pngFile>>, alt: string) {
    const dialog = this.page.getByRole("dialog");
    await dialog.getByLabel("Image file").setInputFiles(file);
    await dialog.getByLabel("Alt text").first().fill(alt);
    await dialog.getByRole("button", { name: "Upload" }).click();
    await expect(dialog.getByRole("status")).toContainText("Uploaded");
    return dialog;
  }

  async uploadCover(file: Awaited<ReturnType<typeof pngFile>>, alt: string) {
    await this.page.getByRole("button", { name: "Choose cover" }).click();
    const dialog = await this.uploadInPicker(file, alt);
    await dialog.getByRole("button", { name: "Use as cover" }).click();
    await expect(this.page.getByRole("button", { name: "Change cover" })).toBeVisible();
  }

  async insertImage(file: Awaited<ReturnType<typeof pngFile>>, alt: string, caption: string) {
    await this.page.getByRole("button", { name: "Insert image" }).click();
    const dialog = await this.uploadInPicker(file, alt);
    await dialog.getByLabel("Caption (optional)").fill(caption);
    await dialog.getByRole("button", { name: "Insert image" }).click();
    await expect(this.body).toHaveValue(new RegExp(`!\\[${alt}\\]\\(/api/images/[0-9a-f-]+ "${caption}"\\)`));
  }

  /** Clicks a publishing button and waits for the editor to say it is done. */
  async press(name: "Save draft" | "Save changes" | "Publish now" | "Schedule" | "Unpublish", done: RegExp) {
    const isNew = new URL(this.page.url()).pathname.endsWith("/new");
    await this.page.getByRole("button", { name, exact: true }).filter({ visible: true }).click();
    // A new post moves to its own address once saved; the editor there is the one to use.
    if (isNew) await this.page.waitForURL(/\/admin\/posts\/[0-9a-f-]{36}/);
    await expect(this.status).toHaveText(done);
  }

  /** The id in the address once a new post has been saved. */
  async postId(): Promise<string> {
    await expect(this.page).toHaveURL(/\/admin\/posts\/[0-9a-f-]{36}(\?|$)/);
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }
}
