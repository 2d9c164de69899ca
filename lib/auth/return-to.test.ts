import { describe, expect, it } from "vitest";
import { safeReturnTo, signInHref } from "./return-to";

describe("safeReturnTo", () => {
  it.each([
    ["/posts/a#leave-a-comment", "/posts/a#leave-a-comment"],
    ["/category/design?x=1", "/category/design?x=1"],
    ["/", "/"],
  ])("keeps the on-site address %s", (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });

  it.each([
    "https://evil.test/posts",
    "//evil.test/x",
    "/\\evil.test",
    "\\\\evil.test",
    "javascript:alert(1)",
    "posts/a",
    "",
    undefined,
    42,
  ])("turns %s into /", (input) => {
    expect(safeReturnTo(input)).toBe("/");
  });
});

describe("safeReturnTo against open-redirect payloads", () => {
  // Each normalises (dot segments, tabs and newlines dropped by the URL parser) into an address
  // that a browser would read as another host.
  const payloads = [
    "/.//evil.example",
    "/%2e//evil.example",
    "/%2E//evil.example",
    "/..//evil.example",
    "/a/../..//evil.example",
    "/./%2e/.//evil.example/x?y#z",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\t\t//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/%5C/evil.example",
  ].map((p) => p.replace(/\\t/g, "\t").replace(/\\n/g, "\n"));

  it.each(payloads)("keeps %j on this site", (payload) => {
    const result = safeReturnTo(payload);
    expect(new URL(result, "https://blog.example").host).toBe("blog.example");
    expect(result.startsWith("//")).toBe(false);
    expect(result).not.toMatch(/^\/[\\/]/);
  });

  it.each([...payloads, "/posts/a?x=1#c", "/", "/%2e%2e/posts"])("is idempotent on %j", (payload) => {
    const once = safeReturnTo(payload);
    expect(safeReturnTo(once)).toBe(once);
  });
});

describe("signInHref", () => {
  it("encodes the return address", () => {
    expect(signInHref("/posts/a#like")).toBe("/sign-in?returnTo=%2Fposts%2Fa%23like");
    expect(signInHref("https://evil.test")).toBe("/sign-in?returnTo=%2F");
  });
});
