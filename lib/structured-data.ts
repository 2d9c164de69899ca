import type { BlogPosting, BreadcrumbList, WebSite, WithContext } from "schema-dts";
import type { PostDetail } from "@/db/queries/post-summary";
import { absoluteUrl } from "./format";
import { paths, site } from "./site";

/** The site for search engines, with a search action so they can offer search in their results. */
export function webSiteData(): WithContext<WebSite> {
  const { name, description, url, socialLinks } = site();
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name,
    description,
    url: absoluteUrl(paths.home()),
    ...(socialLinks.length > 0 ? { sameAs: socialLinks.map((l) => l.href) } : {}),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${new URL(paths.search(), url)}?q={search_term_string}` },
      // schema.org's "query-input" property, which the typings spell without the hyphen.
      "query-input": "required name=search_term_string",
    } as WebSite["potentialAction"],
  };
}

/** A post as a BlogPosting: headline, author, dates, image, section and keywords. */
export function blogPostingData(post: PostDetail): WithContext<BlogPosting> {
  const url = absoluteUrl(paths.post(post.slug));
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.excerpt,
    url,
    mainEntityOfPage: url,
    datePublished: post.publishedAt.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    author: {
      "@type": "Person",
      name: post.author.name,
      ...(post.author.slug ? { url: absoluteUrl(paths.author(post.author.slug)) } : {}),
    },
    publisher: { "@type": "Organization", name: site().name, url: absoluteUrl(paths.home()) },
    image: [...(post.cover ? [absoluteUrl(paths.image(post.cover.id))] : []), absoluteUrl(paths.shareImage(post.slug))],
    articleSection: post.category.name,
    keywords: post.tags.map((t) => t.name).join(", "),
    wordCount: post.words,
  };
}

/** Home › category › post, as search engines show a page's place in the site. */
export function breadcrumbData(post: PostDetail): WithContext<BreadcrumbList> {
  const crumbs = [
    { name: site().name, path: paths.home() },
    { name: post.category.name, path: paths.category(post.category.slug) },
    { name: post.title, path: paths.post(post.slug) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}
