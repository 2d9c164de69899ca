import rehypeShiki from "@shikijs/rehype";
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { libraryImageId } from "./library-images";

/**
 * GitHub's sanitize schema: no script, style, iframe, form or event handler, and links only to
 * http(s), mailto and relative URLs. Raw HTML in a post goes through it like Markdown does.
 */
const sanitizeSchema = { ...defaultSchema, strip: ["script", "style"] };

/**
 * remark-rehype already prefixes footnote ids with "user-content-", and rehype-sanitize prefixes
 * every id again to keep authors' ids from clobbering the page's. Links to footnotes carry one
 * prefix, so the doubled one is undone here, after sanitising.
 */
function rehypeFootnoteIds() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      const id = node.properties.id;
      if (typeof id === "string" && id.startsWith("user-content-user-content-")) {
        node.properties.id = id.slice("user-content-".length);
      }
    });
  };
}

/** The post title is the page's only h1, so body headings start at h2. */
function rehypeDemoteH1() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "h1") node.tagName = "h2";
    });
  };
}

/** Turns a paragraph holding only an image into a figure; the image's title becomes its caption. */
function rehypeFigures() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "p" || !parent || index === undefined) return;
      const meaningful = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
      const [only] = meaningful;
      if (meaningful.length !== 1 || only?.type !== "element" || only.tagName !== "img") return;
      const title = typeof only.properties.title === "string" ? only.properties.title.trim() : "";
      delete only.properties.title;
      const children: ElementContent[] = [only];
      if (title) {
        children.push({
          type: "element",
          tagName: "figcaption",
          properties: {},
          children: [{ type: "text", value: title }],
        });
      }
      const figure: Element = { type: "element", tagName: "figure", properties: {}, children };
      parent.children[index] = figure;
    });
  };
}

/** Links that leave the site open safely and say so to search engines. */
function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      const href = node.properties.href;
      if (node.tagName === "a" && typeof href === "string" && /^https?:\/\//i.test(href)) {
        node.properties.rel = ["noopener", "noreferrer"];
      }
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, {
    allowDangerousHtml: true,
    footnoteLabel: "Notes",
    footnoteLabelProperties: {},
    footnoteBackLabel: (n: number) => `Back to note ${n + 1} in the text`,
  })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  // Everything below runs on sanitised input and adds only markup we trust.
  .use(rehypeFootnoteIds)
  .use(rehypeDemoteH1)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, { behavior: "wrap", properties: { className: ["heading-anchor"] } })
  .use(rehypeFigures)
  .use(rehypeExternalLinks)
  .use(rehypeShiki, {
    // The high-contrast variants keep every token at WCAG AA against its background.
    themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
    defaultColor: false,
    langs: [
      "ts",
      "tsx",
      "js",
      "jsx",
      "json",
      "bash",
      "shell",
      "css",
      "html",
      "sql",
      "md",
      "yaml",
      "python",
      "go",
      "rust",
      "diff",
    ],
    fallbackLanguage: "text",
    addLanguageClass: true,
  });

/** Renders a post's Markdown to a sanitised HTML syntax tree. */
export async function renderMarkdown(markdown: string): Promise<Root> {
  return (await processor.run(processor.parse(markdown))) as Root;
}

/** Renders a post's Markdown to a sanitised HTML string (feeds, tests). */
export async function markdownToHtml(markdown: string): Promise<string> {
  return toHtml(await renderMarkdown(markdown));
}

export { libraryImageId };

/** Ids of the library images a rendered post uses. */
export function libraryImageIds(tree: Root): string[] {
  const ids = new Set<string>();
  visit(tree, "element", (node) => {
    const id = node.tagName === "img" ? libraryImageId(node.properties.src) : null;
    if (id) ids.add(id);
  });
  return [...ids];
}
