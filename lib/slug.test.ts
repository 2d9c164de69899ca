import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugFor } from "./slug";

describe("slugFor", () => {
  it("makes lower-case ASCII words joined by hyphens, transliterating accents", () => {
    expect(slugFor("Café Crème: a Short History!")).toBe("cafe-creme-a-short-history");
    expect(slugFor("Straße & Ørsted")).toBe("strasse-and-orsted");
  });

  it("keeps to 120 characters without a trailing hyphen, and always matches the database's format", () => {
    const slug = slugFor(`${"word ".repeat(40)}end`);
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("gives an empty slug for a title with nothing to keep", () => {
    expect(slugFor("!!!")).toBe("");
  });
});
