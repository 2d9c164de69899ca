/**
 * The Content-Security-Policy and HSTS, written once for next.config.ts
 * (every prerendered page and static file) and proxy.ts (pages rendered per request, with a nonce).
 * Plain functions of their inputs, so they are unit-tested and both callers agree.
 */
import { createHash } from "node:crypto";
import { configuredProviders } from "./auth/providers";
import { themeScript } from "./theme";

/**
 * Our one inline script (the theme, in <head> of every page) is allowed by its hash: the root
 * layout is shared by prerendered pages, so it cannot carry a per-request nonce.
 */
export const themeScriptHash = `'sha256-${createHash("sha256").update(themeScript).digest("base64")}'`;

/** Where a provider's sign-in form goes, and where its avatars live (the header shows them). */
const providerOrigins = {
  github: { form: ["https://github.com"], images: ["https://avatars.githubusercontent.com"] },
  google: { form: ["https://accounts.google.com"], images: ["https://lh3.googleusercontent.com"] },
} as const;

export type PolicyOptions = {
  /** A fresh nonce for a page rendered per request; without one, the policy of prerendered pages. */
  nonce?: string;
  /** `next dev`: React's debugging needs eval, and hot reloading a WebSocket. */
  dev?: boolean;
  environment?: Record<string, string | undefined>;
};

/**
 * The policy for a page. With a nonce, scripts run only when they carry it ('strict-dynamic' lets
 * them load Next's chunks). Prerendered pages cannot carry a per-request nonce, and Next writes
 * page-specific inline scripts into them (the RSC payload), so they allow inline scripts from the
 * page itself, but no script from anywhere else, no plugin, no <base>, no framing, and forms only
 * to this site (and the sign-in providers configured).
 */
export function contentSecurityPolicy({ nonce, dev = false, environment = process.env }: PolicyOptions = {}): string {
  const providers = configuredProviders(environment).map((p) => providerOrigins[p.id]);
  const scripts = nonce ? [`'nonce-${nonce}'`, themeScriptHash, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [...scripts, ...(dev ? ["'unsafe-eval'"] : [])],
    // React and next/image set style attributes, and Shiki colours code with them.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...providers.flatMap((p) => p.images)],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'", ...providers.flatMap((p) => p.form)],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * HSTS, for responses served over https (two years, subdomains included). Browsers ignore it on
 * plain http, and next.config.ts sends it only when the proxy in front says the request was https.
 */
export const strictTransportSecurity = {
  key: "Strict-Transport-Security",
  value: "max-age=63072000; includeSubDomains",
};
