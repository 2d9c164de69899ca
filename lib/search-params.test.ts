import { describe, expect, it } from "vitest";
import { textQuerySchema } from "./search-params";

describe("textQuerySchema", () => {
  it("takes trimmed text, and treats a NUL byte or a broken character as no query (/search?q=%00)", () => {
    expect(textQuerySchema.parse("  tea  ")).toBe("tea");
    expect(textQuerySchema.parse("\0")).toBeUndefined();
    expect(textQuerySchema.parse("tea\0")).toBeUndefined();
    expect(textQuerySchema.parse("tea \uDC00")).toBeUndefined();
    expect(textQuerySchema.parse(undefined)).toBeUndefined();
  });
});
