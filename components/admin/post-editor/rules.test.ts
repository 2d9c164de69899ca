import { describe, expect, it } from "vitest";
import { markdownToHtml } from "@/lib/markdown";
import { doneMessage, imageMarkdown, insertBlock, toLocalInput } from "./rules";

const src = "/media/0b9f8c1e-2f6a-4c8e-9d3b-5a7e1f0c2d4b";
const named: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">" };
/** The text an HTML attribute or element holds. */
const decode = (html = "") =>
  html.replace(/&(?:#x([0-9a-f]+)|(\w+));/gi, (_, hex: string | undefined, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name] ?? `&${name};`),
  );

describe("imageMarkdown", () => {
  it("writes alt text and caption as an image with a title", () => {
    expect(imageMarkdown({ src, alt: "A quiet street", caption: "Lisbon, 2024" })).toBe(
      `![A quiet street](${src} "Lisbon, 2024")`,
    );
    expect(imageMarkdown({ src, alt: "A quiet street", caption: "" })).toBe(`![A quiet street](${src})`);
  });

  it.each([
    ["brackets", "the [draft] plan", 'he said "no"'],
    ["a trailing backslash", "C:\\photos\\", "ends in \\"],
    ["Markdown of its own", "**bold** _it_ `code` ](javascript:alert(1))", '" onerror="x'],
    ["entities", "Tom &amp; Jerry &lt;3", "caf&eacute; &quot;"],
  ])("keeps alt text and caption exactly as typed with %s", async (_, alt, caption) => {
    const html = await markdownToHtml(imageMarkdown({ src, alt, caption }));
    const image = /<img [^>]*>/.exec(html)?.[0] ?? "";
    const attribute = (name: string) => decode(new RegExp(`${name}="([^"]*)"`).exec(image)?.[1]);
    expect(attribute("alt")).toBe(alt);
    expect(attribute("src")).toBe(src);
    expect(decode(/<figcaption>([^<]*)<\/figcaption>/.exec(html)?.[1])).toBe(caption);
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).not.toMatch(/<a |<strong|<em|<code/);
  });

  it("puts pasted line breaks on one line, which Markdown image text needs", () => {
    expect(imageMarkdown({ src, alt: "two\nlines ", caption: " a\r\ncaption" })).toBe(
      `![two lines](${src} "a caption")`,
    );
  });
});

describe("insertBlock", () => {
  it("makes the block a paragraph of its own after text", () => {
    expect(insertBlock("Intro.", 6, 6, "![x](/m)")).toEqual({ text: "Intro.\n\n![x](/m)\n\n", caret: 18 });
  });

  it("adds only what is missing of the blank line before it", () => {
    expect(insertBlock("Intro.\n", 7, 7, "B").text).toBe("Intro.\n\nB\n\n");
    expect(insertBlock("Intro.\n\n", 8, 8, "B").text).toBe("Intro.\n\nB\n\n");
    expect(insertBlock("", 0, 0, "B")).toEqual({ text: "B\n\n", caret: 3 });
  });

  it("replaces the selection and keeps what follows it", () => {
    const result = insertBlock("One.\n\nPICK\n\nTwo.", 6, 10, "B");
    expect(result.text).toBe("One.\n\nB\n\n\n\nTwo.");
    expect(result.text.slice(0, result.caret)).toBe("One.\n\nB\n\n");
  });
});

describe("toLocalInput", () => {
  it("shows a time in the editor's offset, to the minute", () => {
    expect(toLocalInput("2026-11-27T14:30:45.000Z", 0)).toBe("2026-11-27T14:30");
    // Lisbon in summer is UTC+1: getTimezoneOffset says -60.
    expect(toLocalInput("2026-07-01T23:30:00.000Z", -60)).toBe("2026-07-02T00:30");
    expect(toLocalInput("2026-07-01T03:00:00.000Z", 300)).toBe("2026-06-30T22:00");
  });

  it("is empty without a time", () => {
    expect(toLocalInput(null)).toBe("");
  });
});

describe("doneMessage", () => {
  it("says what a save did, by state", () => {
    expect(doneMessage.keep("draft")).toBe("Draft saved.");
    expect(doneMessage.keep("published")).toBe("Changes saved and live.");
    expect(doneMessage.schedule("scheduled")).toBe("Scheduled.");
  });
});
