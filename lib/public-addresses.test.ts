import { describe, expect, it, vi } from "vitest";
import { postAddressChecker } from "./post-addresses";

describe("postAddressChecker", () => {
  const answers = (found: Set<string>) => vi.fn(async (slug: string) => found.has(slug));

  it("answers none for a slug no post could have, without asking", async () => {
    const lookup = answers(new Set());
    const check = postAddressChecker(lookup);
    for (const slug of ["", "Upper-Case", "a%2Fb", "x".repeat(121), "trailing-"]) expect(await check(slug)).toBe("none");
    expect(lookup).not.toHaveBeenCalled();
  });

  it("remembers posts for a while, then asks again", async () => {
    const found = new Set(["kept"]);
    const lookup = answers(found);
    const check = postAddressChecker(lookup, { trustedMs: 1000 });
    expect(await check("kept", 0)).toBe("post");
    found.delete("kept"); // unpublished
    expect(await check("kept", 999)).toBe("post");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(await check("kept", 1000)).toBe("none");
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it("never remembers a miss: a post published since is found at once", async () => {
    const found = new Set<string>();
    const check = postAddressChecker(answers(found));
    expect(await check("fresh", 0)).toBe("none");
    found.add("fresh");
    expect(await check("fresh", 1)).toBe("post");
  });

  it("keeps at most `remember` slugs", async () => {
    const lookup = answers(new Set(["a", "b", "c"]));
    const check = postAddressChecker(lookup, { remember: 2 });
    await check("a", 0);
    await check("b", 0);
    await check("c", 0); // forgets a and b
    await check("c", 1);
    await check("a", 1);
    expect(lookup.mock.calls.map(([slug]) => slug)).toEqual(["a", "b", "c", "a"]);
  });

  it("answers unknown when the database cannot be asked, and remembers nothing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const lookup = vi.fn().mockRejectedValueOnce(new Error("connection refused")).mockResolvedValueOnce(true);
    const check = postAddressChecker(lookup);
    expect(await check("any-post", 0)).toBe("unknown");
    expect(await check("any-post", 1)).toBe("post");
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it("answers unknown when the database is too slow to answer", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const check = postAddressChecker(() => new Promise((resolve) => setTimeout(() => resolve(true), 200)), { deadlineMs: 10 });
    expect(await check("slow-post", 0)).toBe("unknown");
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
