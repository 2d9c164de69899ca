import type { NextConfig } from "next";
import { IMAGE_MAX_AGE_SECONDS } from "./lib/image-cache";
import { contentSecurityPolicy, strictTransportSecurity } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // The end-to-end suite builds into its own folder so it never clobbers a developer's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Shared pages are prerendered and cached; per-reader parts never read the request on the server.
  cacheComponents: true,
  // Off on purpose. With Partial Prefetching, a navigation to a page being regenerated after a
  // publish could be answered with the route's partial prefetch payload, and the app crashed into
  // its global error page ("Connection closed", React #412; vercel/next.js#97337). The paging
  // end-to-end test hit it in 2 of 2 loaded runs with it on, 0 of 3 with it off.
  partialPrefetching: false,
  // PGlite is WebAssembly plus data files: load it from node_modules, don't bundle it.
  serverExternalPackages: ["@electric-sql/pglite"],
  experimental: {
    // Prerendering reads the database. PGlite allows one process per data folder, so the build
    // must not fan out over several workers on machines with more cores.
    cpus: 1,
    // forbidden(): readers who open /admin get a real 403 page.
    authInterrupts: true,
    serverActions: {
      // Image uploads (4 MB at most, checked again in the action) travel in a server action;
      // a serverless host's request limit is 4.5 MB.
      bodySizeLimit: "4.5mb",
    },
  },
  images: {
    // Images live in Postgres and are served by our own route; next/image optimises them.
    localPatterns: [{ pathname: "/api/images/**" }],
    formats: ["image/avif", "image/webp"],
    // The optimised copies are cached as long as the originals, so browsers and CDNs drop a
    // deleted image within the hour too (Next's default would be four hours).
    minimumCacheTTL: IMAGE_MAX_AGE_SECONDS,
  },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Prerendered pages and static files. Pages rendered per request (admin, sign-in,
        // sign-up) get a nonce-based policy from proxy.ts instead; images carry their own.
        source: "/((?!admin|sign-in|sign-up|api/images/|api/avatars/).*)",
        headers: [
          {
            key: "Content-Security-Policy",
            value: contentSecurityPolicy({ dev: process.env.NODE_ENV === "development" }),
          },
        ],
      },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [strictTransportSecurity],
      },
      {
        // RSC payloads (navigations and prefetches) stay out of the browser's HTTP cache; the
        // client router keeps its own. With Next's `s-maxage, stale-while-revalidate` Chromium
        // stored them, and on a second visit a duplicate of each prefetch hung for ~25 s
        // (e2e/navigation.spec.ts). Next sets Cache-Control only when no header is there yet.
        source: "/:path*",
        has: [{ type: "header", key: "rsc", value: "1" }],
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
    ];
  },
};

export default nextConfig;
