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

describe("signInHref", () => {
  it("encodes the return address", () => {
    expect(signInHref("/posts/a#like")).toBe("/sign-in?returnTo=%2Fposts%2Fa%23like");
    expect(signInHref("https://evil.test")).toBe("/sign-in?returnTo=%2F");
  });
});
