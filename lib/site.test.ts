import { describe, expect, it } from "vitest";
import { paths, socialLabel } from "./site";

describe("socialLabel", () => {
  it("names well-known networks and Mastodon-style profiles, else shows the host", () => {
    expect(socialLabel("https://github.com/quire")).toBe("GitHub");
    expect(socialLabel("https://www.linkedin.com/company/quire")).toBe("LinkedIn");
    expect(socialLabel("https://twitter.com/quire")).toBe("X");
    expect(socialLabel("https://mastodon.social/@quire")).toBe("Mastodon (mastodon.social)");
    expect(socialLabel("https://www.example.org/about")).toBe("example.org");
  });
});

describe("paths", () => {
  it("puts page 1 at the plain address and later pages under /page/<n>", () => {
    expect(paths.tag("web")).toBe("/tags/web");
    expect(paths.author("ada", 3)).toBe("/authors/ada/page/3");
    expect(paths.archiveMonth(2026, 3)).toBe("/archive/2026/03");
    expect(paths.archiveMonth(2026, 11, 2)).toBe("/archive/2026/11/page/2");
  });

  it("builds search and feed addresses", () => {
    expect(paths.search()).toBe("/search");
    expect(paths.search("a b", 2)).toBe("/search?q=a+b&page=2");
    expect(paths.feed("rss")).toBe("/feed.xml");
    expect(paths.feed("atom", "design")).toBe("/category/design/atom.xml");
  });
});
