import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what we promise. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Runs axe on the page as it is now and fails listing every violation with its elements. */
export async function expectNoAxeViolations(page: Page, label: string) {
  // Sections far below the first screen skip layout until a reader scrolls near them
  // (content-visibility: auto), and axe would measure them as empty boxes. Draw them all, so axe
  // checks sizes and contrast as a reader who scrolls down sees them.
  await page.addStyleTag({ content: ".render-when-near { content-visibility: visible !important; }" });
  // A colour still in transition (a like button turning pressed) measures as neither colour.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(report, `axe on ${label}`).toEqual([]);
}

/**
 * Opens a page and lets its client parts (viewer, counts, comments) settle before axe looks. A
 * blog page asks who is reading once it has hydrated, and only then for the live counts and the
 * reader's like: on a loaded machine that can come after the network has been idle for a while,
 * so wait for that answer first (`asksViewer`).
 */
export async function open(page: Page, path: string, { asksViewer = false } = {}) {
  const viewer = asksViewer && page.waitForResponse((r) => new URL(r.url()).pathname === "/api/viewer");
  await page.goto(path);
  if (viewer) await viewer;
  await page.waitForLoadState("networkidle");
}
