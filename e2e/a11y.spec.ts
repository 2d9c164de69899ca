import { test } from "@playwright/test";
import { expectNoAxeViolations, open } from "./axe";
import { signIn, READER } from "./fixtures";
import { PER_REQUEST_PAGE_TYPES, PUBLIC_PAGE_TYPES, publicPagePath } from "./page-types";

/** Pages whose content changes for a signed-in reader (account menu, like state, comment form). */
const PERSONAL: readonly string[] = ["home", "post", "comment permalink", "search results"];

for (const name of PUBLIC_PAGE_TYPES) {
  test(`axe finds nothing on the ${name} page, signed out in light and dark${PERSONAL.includes(name) ? ", and signed in" : ""}`, async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const path = await publicPagePath(request, name);
    // The account pages have no reader's header; every other page asks who is reading.
    const asksViewer = !PER_REQUEST_PAGE_TYPES.includes(name);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, path, { asksViewer });
      await expectNoAxeViolations(page, `${name} (${path}, ${scheme})`);
    }
    if (!PERSONAL.includes(name)) return;
    await page.emulateMedia({ colorScheme: "light" });
    await signIn(page, READER);
    await open(page, path, { asksViewer });
    await expectNoAxeViolations(page, `${name} (${path}, signed in)`);
  });
}

test("axe finds nothing with the account menu open", async ({ page }) => {
  await signIn(page, READER);
  await page.getByRole("button", { name: /Account menu for/ }).click();
  await expectNoAxeViolations(page, "home with the account menu open");
});
