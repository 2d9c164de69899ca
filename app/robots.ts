import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/format";

/** Crawl the public site; stay out of the admin, accounts, search results and the API (images aside). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/images/"],
      disallow: ["/admin", "/api/", "/search", "/sign-in", "/sign-up"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
