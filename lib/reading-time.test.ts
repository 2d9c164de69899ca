import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, WORDS_PER_MINUTE } from "./reading-time";

describe("countWords", () => {
  it("counts words split on any whitespace", () => {
    expect(countWords("one two\tthree\n\nfour   five")).toBe(5);
  });
  it("is zero for empty or blank text", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  \n\t ")).toBe(0);
  });
});

describe("readingMinutes", () => {
  it("is at least one minute", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(10)).toBe(1);
  });
  it("rounds to the nearest minute at our reading speed", () => {
    expect(readingMinutes(WORDS_PER_MINUTE * 7)).toBe(7);
    expect(readingMinutes(WORDS_PER_MINUTE * 7.4)).toBe(7);
    expect(readingMinutes(WORDS_PER_MINUTE * 7.6)).toBe(8);
  });
});
