import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { EDITOR, signInTo } from "./fixtures";
import { PER_REQUEST_PAGE_TYPES, publicPageTypes } from "./page-types";

/** The policy's directives, by name. */
function directives(policy: string | undefined): Record<string, string[]> {
  expect(policy, "a Content-Security-Policy header").toBeTruthy();
  return Object.fromEntries(
    policy!.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

/** What every page's policy must say, prerendered or not. */
function expectBaseline(policy: Record<string, string[]>) {
  expect(policy["object-src"]).toEqual(["'none'"]);
  expect(policy["base-uri"]).toEqual(["'none'"]);
  expect(policy["frame-ancestors"]).toEqual(["'none'"]);
  expect(policy["form-action"]).toEqual(["'self'"]);
  expect(policy["default-src"]).toEqual(["'self'"]);
  for (const name of ["img-src", "font-src", "connect-src", "script-src"]) {
    expect(policy[name], name).toBeDefined();
    expect(policy[name], name).not.toContain("*");
    expect(policy[name], name).not.toContain("https:");
  }
  expect(policy["script-src"]).not.toContain("'unsafe-eval'");
}

/** Violations the browser reports while the page loads and runs. */
async function violationsOn(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return violations;
}

test("every public page type sends the policy, and HSTS only over https", async ({ request }) => {
  for (const { name, path } of await publicPageTypes(request)) {
    const response = await request.get(path);
    const policy = directives(response.headers()["content-security-policy"]);
    expectBaseline(policy);
    // The account pages render per request and get a nonce; the rest are prerendered.
    if (PER_REQUEST_PAGE_TYPES.includes(name)) expect(policy["script-src"], name).toContain("'strict-dynamic'");
    else expect(policy["script-src"], name).toEqual(["'self'", "'unsafe-inline'"]);
    expect(response.headers()["strict-transport-security"], name).toBeUndefined();
  }
  const overHttps = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("pages rendered per request run only scripts with this response's nonce", async ({ page, request }) => {
  const nonces = new Set<string>();
  for (const path of ["/sign-in", "/sign-up", "/sign-in"]) {
    const response = await request.get(path);
    const policy = directives(response.headers()["content-security-policy"]);
    expectBaseline(policy);
    const nonce = policy["script-src"]!.find((v) => v.startsWith("'nonce-"))!.slice(7, -1);
    const hashes = policy["script-src"]!.filter((v) => v.startsWith("'sha256-"));
    expect(policy["script-src"]).toEqual([`'nonce-${nonce}'`, ...hashes, "'strict-dynamic'"]);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(1);
    // Every script carries the nonce, but for inline ones the policy lists by hash (the theme's).
    for (const [tag, attributes, body] of scripts) {
      if (attributes!.includes(`nonce="${nonce}"`)) continue;
      expect(hashes, tag).toContain(`'sha256-${createHash("sha256").update(body!).digest("base64")}'`);
    }
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(3);

  await signInTo(page, EDITOR, "/admin");
  const admin = await page.request.get("/admin/posts");
  const policy = directives(admin.headers()["content-security-policy"]);
  expectBaseline(policy);
  expect(policy["script-src"]).toContain("'strict-dynamic'");
  expect(await violationsOn(page, "/admin/posts")).toEqual([]);
  await expect(page.getByRole("heading", { level: 1, name: "Posts" })).toBeVisible();
});

test("the browser reports no policy violation on a post, the home page or sign-in", async ({ page }) => {
  expect(await violationsOn(page, "/posts/walking-the-grid")).toEqual([]);
  expect(await violationsOn(page, "/")).toEqual([]);
  expect(await violationsOn(page, "/sign-in")).toEqual([]);
  // Sign-in's scripts ran: the form validates in the browser.
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
});
