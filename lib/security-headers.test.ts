import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, themeScriptHash } from "./security-headers";

const parse = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("allows only nonce'd scripts on a page rendered per request", () => {
    const policy = parse(contentSecurityPolicy({ nonce: "abc", environment: {} }));
    expect(policy["script-src"]).toEqual(["'nonce-abc'", themeScriptHash, "'strict-dynamic'"]);
    expect(themeScriptHash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
  });

  it("allows the page's own inline scripts on prerendered pages, and nothing from elsewhere", () => {
    const policy = parse(contentSecurityPolicy({ environment: {} }));
    expect(policy["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
  });

  it("lets forms reach configured sign-in providers, and shows their avatars", () => {
    const policy = parse(contentSecurityPolicy({ environment: { AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" } }));
    expect(policy["form-action"]).toEqual(["'self'", "https://github.com"]);
    expect(policy["img-src"]).toContain("https://avatars.githubusercontent.com");
    expect(policy["img-src"]).not.toContain("https://lh3.googleusercontent.com");
  });

  it("adds eval and the hot-reload socket only under next dev", () => {
    expect(parse(contentSecurityPolicy({ dev: true, environment: {} }))["script-src"]).toContain("'unsafe-eval'");
    expect(parse(contentSecurityPolicy({ environment: {} }))["script-src"]).not.toContain("'unsafe-eval'");
  });
});

describe("newNonce", () => {
  it("is 128 random bits, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });
});
