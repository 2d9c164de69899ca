import { create } from "xmlbuilder2";
import { describe, expect, it } from "vitest";
import { makePost, makeUser } from "@/db/testing";
import { buildFeed } from "@/lib/feeds";

// What a hostile author can put in a title: close the CDATA section twice and open an element.
const payload = `Quiet ]]>]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script><![CDATA[ end`;
/** The same for a name, within the 80 characters a name may have. */
const namePayload = `A ]]>]]><x:i xmlns:x="http://www.w3.org/1999/xhtml">x</x:i><![CDATA[`;

/** Every element in the document, by namespace and local name. */
function elements(xml: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 1) found.push(`${(node as Element).namespaceURI ?? ""} ${(node as Element).localName}`);
    node.childNodes.forEach(walk);
  };
  walk(create(xml).node as unknown as Node);
  return found;
}

const ATOM = "http://www.w3.org/2005/Atom";
const allowed = {
  rss: new Set(
    [
      "rss",
      "channel",
      "title",
      "link",
      "description",
      "lastBuildDate",
      "docs",
      "generator",
      "language",
      "copyright",
      "item",
      "guid",
      "pubDate",
      "category",
      "enclosure",
    ]
      .map((n) => ` ${n}`)
      .concat([
        `${ATOM} link`,
        "http://purl.org/rss/1.0/modules/content/ encoded",
        "http://purl.org/dc/elements/1.1/ creator",
      ]),
  ),
  atom: new Set(
    [
      "feed",
      "id",
      "title",
      "updated",
      "generator",
      "link",
      "subtitle",
      "icon",
      "rights",
      "entry",
      "summary",
      "content",
      "author",
      "name",
      "uri",
      "category",
      "published",
    ].map((n) => `${ATOM} ${n}`),
  ),
};

describe("feeds against hostile text", () => {
  for (const format of ["rss", "atom"] as const) {
    it(`${format}: a title, excerpt, body and author name that close CDATA add no element`, async () => {
      const author = await makeUser({
        role: "editor",
        name: namePayload,
        email: "hostile@example.test",
        slug: "hostile",
      });
      await makePost({
        title: payload,
        excerpt: payload,
        body: `A paragraph.\n\n\`\`\`\n${payload}\n\`\`\`\n`,
        authorId: author.id,
      });
      const xml = (await buildFeed(format))!;
      const unexpected = elements(xml).filter((e) => !allowed[format].has(e));
      expect(unexpected).toEqual([]);
      // And the text survives as text, whole.
      const titles = [...(create(xml).node as unknown as Document).getElementsByTagName("title")].map(
        (t) => t.textContent,
      );
      expect(titles).toContain(payload);
    });
  }
});
