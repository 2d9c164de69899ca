import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

export type TocEntry = { id: string; text: string; level: 2 | 3 };

/** Posts with fewer section headings than this read fine without a table of contents. */
export const TOC_MIN_HEADINGS = 3;

/** The post's section headings (h2 and h3, not the footnotes' own), in order. */
export function tableOfContents(tree: Root): TocEntry[] {
  const entries: TocEntry[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "section" && "dataFootnotes" in node.properties) return SKIP;
    if (node.tagName !== "h2" && node.tagName !== "h3") return;
    const id = node.properties.id;
    const text = toString(node).trim();
    if (typeof id === "string" && text) entries.push({ id, text, level: node.tagName === "h2" ? 2 : 3 });
  });
  return entries;
}
