import { describe, expect, it } from "vitest";
import { parseCommentText } from "./comment-text";

describe("parseCommentText", () => {
  it("keeps paragraphs and line breaks", () => {
    const parts = parseCommentText("First line\nsecond line\n\nNew paragraph");
    expect(parts).toEqual([
      [[{ kind: "text", text: "First line" }], [{ kind: "text", text: "second line" }]],
      [[{ kind: "text", text: "New paragraph" }]],
    ]);
  });

  it("turns web addresses into links and leaves markup as text", () => {
    const [[line]] = parseCommentText(
      "See https://example.com/a?b=1 <script>alert(1)</script> and www.example.org",
    ) as [[ReturnType<typeof parseCommentText>[0][0]]];
    expect(line).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.com/a?b=1", href: "https://example.com/a?b=1" },
      { kind: "text", text: " <script>alert(1)</script> and " },
      { kind: "link", text: "www.example.org", href: "http://www.example.org" },
    ]);
  });

  it("never links javascript: or bare emails", () => {
    const text = parseCommentText("javascript:alert(1) me@example.com").flat(2);
    expect(text.every((p) => p.kind === "text")).toBe(true);
  });
});
