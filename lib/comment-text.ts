import LinkifyIt from "linkify-it";

const linkify = new LinkifyIt().set({ fuzzyEmail: false });

export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/**
 * A comment's plain text as paragraphs of lines of text and links. Nothing here is HTML: the
 * parts are rendered as React text and anchors, so markup in a comment shows as typed.
 */
export function parseCommentText(body: string): TextPart[][][] {
  return body
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split("\n").map(linkifyLine));
}

function linkifyLine(line: string): TextPart[] {
  const matches = linkify.match(line) ?? [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of matches) {
    if (!/^https?:\/\//i.test(m.url) && !/^www\./i.test(m.raw)) continue;
    if (m.index > last) parts.push({ kind: "text", text: line.slice(last, m.index) });
    parts.push({ kind: "link", text: m.raw, href: m.url });
    last = m.lastIndex;
  }
  if (last < line.length) parts.push({ kind: "text", text: line.slice(last) });
  return parts;
}
