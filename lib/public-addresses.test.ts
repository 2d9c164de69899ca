import { describe, expect, it, vi } from "vitest";
import { addressChecker, publicAddress, type PublicAddress } from "./public-addresses";

describe("publicAddress", () => {
  it("names the pages that are found by slug", () => {
    expect(publicAddress("/posts/hello-world")).toEqual({ kind: "post", slug: "hello-world" });
    expect(publicAddress("/category/design")).toEqual({ kind: "category", slug: "design" });
    expect(publicAddress("/category/design/page/3")).toEqual({ kind: "category", slug: "design" });
    expect(publicAddress("/tags/css/page/2")).toEqual({ kind: "tag", slug: "css" });
    expect(publicAddress("/authors/ada-lindqvist")).toEqual({ kind: "author", slug: "ada-lindqvist" });
  });

  it("leaves every other path alone", () => {
    for (const path of ["/", "/posts", "/posts/a/page/2", "/posts/a/share-image", "/category/a/feed.xml", "/tags/a/atom.xml", "/archive/2026/05", "/page/2", "/admin/posts"]) {
      expect(publicAddress(path), path).toBeNull();
    }
  });
});

describe("addressChecker", () => {
  const post = (slug: string): PublicAddress => ({ kind: "post", slug });
  const answers = (found: Set<string>) => vi.fn(async ({ kind, slug }: PublicAddress) => found.has(`${kind}/${slug}`));

  it("answers none for a slug no page could have, without asking", async () => {
    const lookup = answers(new Set());
    const check = addressChecker(lookup);
    for (const slug of ["", "Upper-Case", "a%2Fb", "%C3%A9t%C3%A9", "x".repeat(121), "trailing-"]) expect(await check(post(slug))).toBe("none");
    expect(lookup).not.toHaveBeenCalled();
  });

  it("keeps kinds apart: a tag's slug is not a post's", async () => {
    const check = addressChecker(answers(new Set(["tag/css"])));
    expect(await check({ kind: "tag", slug: "css" })).toBe("found");
    expect(await check(post("css"))).toBe("none");
  });

  it("remembers what it found for a while, then asks again", async () => {
    const found = new Set(["post/kept"]);
    const lookup = answers(found);
    const check = addressChecker(lookup, { trustedMs: 1000 });
    expect(await check(post("kept"), 0)).toBe("found");
    found.delete("post/kept"); // unpublished
    expect(await check(post("kept"), 999)).toBe("found");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(await check(post("kept"), 1000)).toBe("none");
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it("never remembers a miss: a post published since is found at once", async () => {
    const found = new Set<string>();
    const check = addressChecker(answers(found));
    expect(await check(post("fresh"), 0)).toBe("none");
    found.add("post/fresh");
    expect(await check(post("fresh"), 1)).toBe("found");
  });

  it("keeps at most `remember` addresses", async () => {
    const lookup = answers(new Set(["post/a", "post/b", "post/c"]));
    const check = addressChecker(lookup, { remember: 2 });
    await check(post("a"), 0);
    await check(post("b"), 0);
    await check(post("c"), 0); // forgets a and b
    await check(post("c"), 1);
    await check(post("a"), 1);
    expect(lookup.mock.calls.map(([address]) => address.slug)).toEqual(["a", "b", "c", "a"]);
  });

  it("answers unknown when the database cannot be asked, and remembers nothing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const lookup = vi.fn().mockRejectedValueOnce(new Error("connection refused")).mockResolvedValueOnce(true);
    const check = addressChecker(lookup);
    expect(await check(post("any-post"), 0)).toBe("unknown");
    expect(await check(post("any-post"), 1)).toBe("found");
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it("answers unknown when the database is too slow to answer", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const check = addressChecker(() => new Promise((resolve) => setTimeout(() => resolve(true), 200)), { deadlineMs: 10 });
    expect(await check(post("slow-post"), 0)).toBe("unknown");
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
