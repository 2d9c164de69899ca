import { describe, expect, it, vi } from "vitest";
import { addressChecker, optimisedImageId, publicAddress, type PublicAddress } from "./public-addresses";

describe("publicAddress", () => {
  const list = (of: string, page: number, at: object = {}) => ({ kind: "list", list: { of, ...at }, page });

  it("names the pages whose addresses name something in the database", () => {
    const id = "0b9f5c1e-8a3d-4c2e-9f61-2d7a4b8e3c10";
    expect(publicAddress("/posts/hello-world")).toEqual({ kind: "post", slug: "hello-world" });
    expect(publicAddress(`/comments/${id}`)).toEqual({ kind: "comment", id });
    expect(publicAddress("/page/4")).toEqual(list("home", 4));
    expect(publicAddress("/category/design")).toEqual(list("category", 1, { slug: "design" }));
    expect(publicAddress("/category/design/page/3")).toEqual(list("category", 3, { slug: "design" }));
    expect(publicAddress("/tags/css/page/2")).toEqual(list("tag", 2, { slug: "css" }));
    expect(publicAddress("/authors/ada-lindqvist")).toEqual(list("author", 1, { slug: "ada-lindqvist" }));
    expect(publicAddress("/archive/2026/05")).toEqual(list("month", 1, { year: 2026, month: 5 }));
    expect(publicAddress("/archive/2026/11/page/2")).toEqual(list("month", 2, { year: 2026, month: 11 }));
  });

  it("calls malformed what no page could have, as the pages parse it", () => {
    for (const path of [
      "/posts/Upper-Case",
      "/posts/a%2Fb",
      "/posts/%C3%A9t%C3%A9",
      `/posts/${"x".repeat(121)}`,
      "/posts/trailing-",
      "/comments/42",
      "/page/1",
      "/page/two",
      "/tags/css/page/1",
      "/authors/Ada",
      "/archive/2026/5",
      "/archive/2026/13",
      "/archive/1969/12",
      "/archive/2026/05/page/0",
    ]) {
      expect(publicAddress(path), path).toBe("malformed");
    }
  });

  it("leaves every other path alone", () => {
    for (const path of [
      "/",
      "/posts",
      "/posts/a/page/2",
      "/posts/a/share-image",
      "/category/a/feed.xml",
      "/tags/a/atom.xml",
      "/archive",
      "/search",
      "/admin/posts",
    ]) {
      expect(publicAddress(path), path).toBeNull();
    }
  });
});

describe("addressChecker", () => {
  const post = (slug: string): PublicAddress => ({ kind: "post", slug });
  const tag = (slug: string, page = 1): PublicAddress => ({ kind: "list", list: { of: "tag", slug }, page });
  const answers = (found: Set<string>) => vi.fn(async (address: PublicAddress) => found.has(JSON.stringify(address)));
  const keys = (...addresses: PublicAddress[]) => new Set(addresses.map((a) => JSON.stringify(a)));

  it("keeps addresses apart: a tag's slug is not a post's, nor its page 2 its page 1", async () => {
    const lookup = answers(keys(tag("css")));
    const check = addressChecker(lookup);
    expect(await check(tag("css"))).toBe("found");
    expect(await check(post("css"))).toBe("none");
    expect(await check(tag("css", 2))).toBe("none");
    expect(await check({ kind: "list", list: { of: "author", slug: "css" }, page: 1 })).toBe("none");
    expect(lookup).toHaveBeenCalledTimes(4);
  });

  it("remembers what it found for a while, then asks again", async () => {
    const found = keys(post("kept"));
    const lookup = answers(found);
    const check = addressChecker(lookup, { trustedMs: 1000 });
    expect(await check(post("kept"), 0)).toBe("found");
    found.clear(); // unpublished
    expect(await check(post("kept"), 999)).toBe("found");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(await check(post("kept"), 1000)).toBe("none");
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it("never remembers a miss: a post published since is found at once", async () => {
    const found = new Set<string>();
    const check = addressChecker(answers(found));
    expect(await check(post("fresh"), 0)).toBe("none");
    found.add(JSON.stringify(post("fresh")));
    expect(await check(post("fresh"), 1)).toBe("found");
  });

  it("keeps at most `remember` addresses", async () => {
    const lookup = answers(keys(post("a"), post("b"), post("c")));
    const check = addressChecker(lookup, { remember: 2 });
    await check(post("a"), 0);
    await check(post("b"), 0);
    await check(post("c"), 0); // forgets a and b
    await check(post("c"), 1);
    await check(post("a"), 1);
    expect(lookup.mock.calls.map(([address]) => address)).toEqual([post("a"), post("b"), post("c"), post("a")]);
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
    const check = addressChecker(() => new Promise((resolve) => setTimeout(() => resolve(true), 200)), {
      deadlineMs: 10,
    });
    expect(await check(post("slow-post"), 0)).toBe("unknown");
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});

describe("optimisedImageId", () => {
  const id = "0b9f8c1e-2f6a-4c8e-9d3b-5a7e1f0c2d4b";
  const at = (path: string) => optimisedImageId(new URL(path, "http://localhost"));

  it("finds the library image an optimised-image address asks for", () => {
    expect(at(`/_next/image?url=%2Fapi%2Fimages%2F${id}&w=640&q=75`)).toBe(id);
  });

  it("is null for any other address, image or not", () => {
    expect(at(`/_next/image?url=%2Ficon.png&w=64&q=75`)).toBeNull();
    expect(at(`/_next/image?url=%2Fapi%2Fimages%2Fnot-a-uuid&w=64&q=75`)).toBeNull();
    expect(at(`/_next/image?url=%2Fapi%2Fimages%2F${id}%2Fmore&w=64&q=75`)).toBeNull();
    expect(at(`/api/images/${id}`)).toBeNull();
  });
});
