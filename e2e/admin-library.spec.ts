import { expect, test } from "@playwright/test";
import { EDITOR, signInTo, unique } from "./fixtures";
import { pngFile } from "./pages/post-editor";

test("an editor uploads an image with alt text, corrects the alt text, and deletes the unused image", async ({
  page,
}) => {
  await signInTo(page, EDITOR, "/admin/media");
  const alt = unique("A teal rectangle");
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image file").setInputFiles(await pngFile("teal.png", "#108080"));
  await form.getByLabel("Alt text").fill(alt);
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByRole("status")).toHaveText(`Uploaded “${alt}”.`);

  const card = page.getByRole("listitem").filter({ has: page.locator(`img[alt="${alt}"]`) });
  await expect(card).toContainText("PNG · 64 × 48");
  await expect(card).toContainText("No post");
  const better = `${alt}, on white`;
  await card.getByLabel("Alt text").fill(better);
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByRole("status")).toHaveText("Alt text saved.");

  await card.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete image" }).click();
  await expect(page.locator(`img[alt="${better}"]`)).toHaveCount(0);
});

test("a deleted image stops answering at every address: its own and the optimised ones", async ({ page }) => {
  await signInTo(page, EDITOR, "/admin/media");
  const alt = unique("An amber rectangle");
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image file").setInputFiles(await pngFile("amber.png", "#c08020"));
  await form.getByLabel("Alt text").fill(alt);
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByRole("status")).toHaveText(`Uploaded “${alt}”.`);
  const card = page.getByRole("listitem").filter({ has: page.locator(`img[alt="${alt}"]`) });
  const optimised = await card.locator("img").getAttribute("src");
  const original = new URL(optimised!, "http://x").searchParams.get("url")!;
  expect(original).toMatch(/^\/api\/images\/[0-9a-f-]{36}$/);

  // Fetched (and so cached by the image optimiser) before the deletion, as a reader would have.
  const addresses = [original, optimised!, `/_next/image?url=${encodeURIComponent(original)}&w=640&q=75`];
  for (const address of addresses) {
    const response = await page.request.get(address);
    expect(response.status(), address).toBe(200);
    // Browsers and CDNs may keep it for an hour at most: never "immutable" for a year.
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, address).not.toContain("immutable");
    expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1]), address).toBeLessThanOrEqual(3600);
  }

  await card.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete image" }).click();
  await expect(page.locator(`img[alt="${alt}"]`)).toHaveCount(0);
  for (const address of addresses) expect((await page.request.get(address)).status(), address).toBe(404);
});

test("an image a post uses cannot be deleted, and the library says which post", async ({ page }) => {
  await signInTo(page, EDITOR, "/admin/media");
  const card = page.getByRole("listitem").filter({ hasText: "The Case for a Slower Web" }).first();
  await card.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Delete image" }).click();
  await expect(dialog.getByRole("alert")).toContainText("This image is used by “The Case for a Slower Web”");
});

test("categories: create, refuse a taken name, rename with a new slug (the old address redirects), delete", async ({
  page,
  browser,
}) => {
  await signInTo(page, EDITOR, "/admin/taxonomy");
  const name = unique("Essays");
  const categories = page.getByRole("region", { name: "Categories" });
  const create = categories.getByRole("form", { name: "New category" });
  await create.getByLabel("Name").fill(name);
  const slug = await create.getByLabel("Slug").inputValue();
  expect(slug).toMatch(/^essays-/);
  await create.getByLabel("Description").fill("Longer pieces.");
  await create.getByRole("button", { name: "Add category" }).click();
  const row = categories.getByRole("listitem").filter({ has: page.getByRole("button", { name: `Delete ${name}` }) });
  await expect(row).toContainText("0 posts");

  // A taken name is refused on the field, and what was typed stays.
  await create.getByLabel("Name").fill(name);
  await create.getByRole("button", { name: "Add category" }).click();
  await expect(create.getByLabel("Name")).toHaveAccessibleDescription(/already has this name or slug/);
  await expect(create.getByLabel("Name")).toHaveValue(name);

  await row.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = row.getByRole("form", { name: `Edit category ${name}` });
  await edit.getByLabel("Slug").fill(`${slug}-renamed`);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(row).toContainText(`${slug}-renamed`);

  const reader = await browser.newPage();
  await reader.goto(`/category/${slug}`);
  await reader.waitForURL(`**/category/${slug}-renamed`);
  await expect(reader.getByRole("heading", { level: 1, name })).toBeVisible();
  await reader.close();

  await row.getByRole("button", { name: `Delete ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete category" }).click();
  await expect(row).toHaveCount(0);
});
