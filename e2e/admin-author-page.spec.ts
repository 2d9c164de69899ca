import { expect, test } from "@playwright/test";
import { EDITOR, signInTo, unique } from "./fixtures";

// In the admin project (one spec at a time, after the public pages): it moves a seeded author's
// page, which the public specs visit, and puts it back.

test("an editor sets their bio and moves their author page; the old address leads to the new one", async ({ page }) => {
  await signInTo(page, EDITOR, "/account");
  const form = page.getByRole("region", { name: "Author page" });
  const address = form.getByLabel("Author page address");
  const bio = form.getByLabel("Bio");
  const [oldSlug, oldBio] = [await address.inputValue(), await bio.inputValue()];
  expect(oldSlug).toMatch(/^[a-z0-9-]+$/);

  const newSlug = `${oldSlug}-writes`;
  const newBio = unique("Writes about type and the web.");
  await address.fill("Not An Address!");
  await form.getByRole("button", { name: "Save author page" }).click();
  await expect(form.getByText("Use lowercase letters, digits and single hyphens")).toBeVisible();
  await expect(address).toHaveValue("Not An Address!");
  await address.fill(newSlug);
  await bio.fill(newBio);
  await form.getByRole("button", { name: "Save author page" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");

  await page.goto(`/authors/${newSlug}`);
  await expect(page.getByText(newBio)).toBeVisible();
  // The old address leads to the new one.
  await page.goto(`/authors/${oldSlug}`);
  await expect(page).toHaveURL(`/authors/${newSlug}`);
  await expect(page.getByText(newBio)).toBeVisible();

  // Put it back, as the other specs expect it.
  await page.goto("/account");
  await address.fill(oldSlug);
  await bio.fill(oldBio);
  await form.getByRole("button", { name: "Save author page" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  // The same browser, which followed the redirect before, must not keep it: the address is the
  // author's page again.
  await page.goto(`/authors/${oldSlug}`);
  await expect(page).toHaveURL(`/authors/${oldSlug}`);
  await expect(page.getByText(newBio)).toHaveCount(0);
  await page.goto(`/authors/${newSlug}`);
  await expect(page).toHaveURL(`/authors/${oldSlug}`);
});
