import { test } from "@playwright/test";
import { expectNoAxeViolations, open } from "./axe";
import { ADMIN, signInTo } from "./fixtures";

const adminPages = [
  "/admin",
  "/admin/posts",
  "/admin/posts/new",
  "/admin/media",
  "/admin/taxonomy",
  "/admin/comments",
  "/admin/log",
  "/admin/users",
  "/admin/outbox",
];

for (const scheme of ["light", "dark"] as const) {
  test(`the main admin pages pass axe (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await signInTo(page, ADMIN, "/admin");
    for (const path of adminPages) {
      await open(page, path);
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    }
    // The editor with a real post in it.
    await page.goto("/admin/posts");
    await page.getByRole("table").getByRole("link").first().click();
    await page.waitForURL(/\/admin\/posts\/[0-9a-f-]{36}$/);
    await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => {});
    await expectNoAxeViolations(page, `the post editor (${scheme})`);
  });
}
