import { describe, expect, it } from "vitest";
import { libraryImageId, markdownToHtml, renderMarkdown, libraryImageIds } from "./markdown";

describe("markdownToHtml: hostile input comes out inert", () => {
  it("drops script elements and their content", async () => {
    const html = await markdownToHtml("Hi <script>alert('x')</script> there");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert");
  });

  it("removes javascript: and data: links", async () => {
    const html = await markdownToHtml(
      '[click](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">b</a> [d](data:text/html,hi)',
    );
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain("data:text/html");
    expect(html).toContain(">click</a>");
  });

  it("strips event-handler attributes from raw HTML", async () => {
    const html = await markdownToHtml(
      '<img src="/x.png" onerror="alert(1)"> <a href="https://example.com" onclick="steal()">x</a> <div onmouseover="y()">z</div>',
    );
    expect(html).not.toMatch(/on(error|click|mouseover)/i);
    expect(html).toContain('href="https://example.com"');
  });

  it("removes dangerous raw HTML elements but keeps harmless ones", async () => {
    const html = await markdownToHtml(
      '<iframe src="https://evil.test"></iframe><style>body{display:none}</style><form action="/x"><input name="a"></form><object data="x"></object><kbd>Ctrl</kbd>',
    );
    expect(html).not.toMatch(/<(iframe|style|form|object)/i);
    expect(html).not.toContain("display:none");
    // The only input GitHub's schema keeps is a task-list checkbox, and only disabled.
    for (const input of html.match(/<input[^>]*>/g) ?? []) {
      expect(input).toMatch(/disabled/);
      expect(input).toMatch(/type="checkbox"/);
    }
    expect(html).toContain("<kbd>Ctrl</kbd>");
  });

  it("cannot smuggle script through SVG or inline styles", async () => {
    const html = await markdownToHtml(
      '<svg><script>alert(1)</script></svg><p style="background:url(javascript:alert(1))">x</p>',
    );
    expect(html).not.toMatch(/<svg|<script|style=|javascript:/i);
  });
});

describe("markdownToHtml: rendering", () => {
  it("gives headings ids and self-links, and demotes h1 (the title is the page's h1)", async () => {
    const html = await markdownToHtml("# Big\n\n## The Spark of Machine Imagination");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<h2 id="big">');
    expect(html).toContain(
      '<h2 id="the-spark-of-machine-imagination"><a class="heading-anchor" href="#the-spark-of-machine-imagination">',
    );
  });

  it("turns an image with a title into a figure with a caption", async () => {
    const html = await markdownToHtml('![AI Imagination](/api/images/x.png "A caption here")');
    expect(html).toBe(
      '<figure><img src="/api/images/x.png" alt="AI Imagination"><figcaption>A caption here</figcaption></figure>',
    );
  });

  it("leaves an image inside running text alone", async () => {
    const html = await markdownToHtml("Text ![a](/a.png) more");
    expect(html).not.toContain("<figure");
  });

  it("highlights code blocks with light and dark colours", async () => {
    const html = await markdownToHtml("```ts\nconst a: number = 1;\n```");
    expect(html).toContain('class="shiki');
    expect(html).toContain("--shiki-dark:");
    expect(html).toContain('class="language-ts"');
  });

  it("renders quotes, lists and tables", async () => {
    const html = await markdownToHtml("> quoted\n\n- one\n- two\n\n1. first\n\n| a | b |\n| - | - |\n| 1 | 2 |");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<ul>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<table>");
  });

  it("marks external links noopener", async () => {
    const html = await markdownToHtml("[site](https://example.com) [local](/posts/a)");
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">');
    expect(html).toContain('<a href="/posts/a">');
  });
});

describe("library images", () => {
  const id = "6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f";
  it("recognises our media URLs only", () => {
    expect(libraryImageId(`/api/images/${id}`)).toBe(id);
    expect(libraryImageId(`https://evil.test/api/images/${id}`)).toBeNull();
    expect(libraryImageId(42)).toBeNull();
  });
  it("lists the library images a post uses, once each", async () => {
    const tree = await renderMarkdown(`![a](/api/images/${id})\n\n![b](/api/images/${id})\n\n![c](/other.png)`);
    expect(libraryImageIds(tree)).toEqual([id]);
  });
});

describe("footnotes", () => {
  it("links each reference to its note and back, with ids that exist", async () => {
    const html = await markdownToHtml("A claim.[^src]\n\n[^src]: Where it comes from.");
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const target of targets) expect(ids).toContain(target);
    expect(html).toContain("Where it comes from.");
    expect(html).toContain(">Notes<");
  });
});
