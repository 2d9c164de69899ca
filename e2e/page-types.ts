import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { seedAuthors } from "../db/seed/content";
import { slugFor } from "../lib/slug";
import { featuredPost } from "./seed-facts";

const author = seedAuthors.find((a) => a.key === featuredPost.author)!;

/** Every kind of public page. */
export const PUBLIC_PAGE_TYPES = [
  "home",
  "post",
  "category",
  "tag",
  "author",
  "archive",
  "archive month",
  "search (empty)",
  "search results",
  "search without results",
  "comment permalink",
  "sign in",
  "sign in with a link",
  "sign-in link (a used link)",
  "sign up",
  "forgot password",
  "reset password (a used link)",
  "not found",
] as const;

/** The page types rendered per request with a nonce-based policy (the account pages). */
export const PER_REQUEST_PAGE_TYPES: readonly PublicPageType[] = [
  "sign in",
  "sign in with a link",
  "sign-in link (a used link)",
  "sign up",
  "forgot password",
  "reset password (a used link)",
];

export type PublicPageType = (typeof PUBLIC_PAGE_TYPES)[number];

/** One address of a kind of public page, from the seed (an archive month and a comment are read from the site). */
export async function publicPagePath(request: APIRequestContext, type: PublicPageType): Promise<string> {
  switch (type) {
    case "home":
      return "/";
    case "post":
      return `/posts/${featuredPost.slug}`;
    case "category":
      return `/category/${featuredPost.category}`;
    case "tag":
      return `/tags/${featuredPost.tags[0]}`;
    case "author":
      return `/authors/${slugFor(author.name)}`;
    case "archive":
      return "/archive";
    case "archive month": {
      const month = (await (await request.get("/archive")).text()).match(/href="(\/archive\/\d{4}\/\d{2})"/)?.[1];
      expect(month, "the archive links to a month").toBeTruthy();
      return month!;
    }
    case "search (empty)":
      return "/search";
    case "search results":
      return "/search?q=postgres";
    case "search without results":
      return "/search?q=xylophonequartz";
    case "comment permalink": {
      const post = await (await request.get(`/posts/${featuredPost.slug}`)).text();
      const comment = post.match(/href="(\/comments\/[0-9a-f-]{36})"/)?.[1];
      expect(comment, "the post links to a comment").toBeTruthy();
      return comment!;
    }
    case "sign in":
      return "/sign-in";
    case "sign in with a link":
      return "/sign-in/email";
    case "sign-in link (a used link)":
      return `/sign-in/link?token=${"x".repeat(43)}`;
    case "sign up":
      return "/sign-up";
    case "forgot password":
      return "/forgot-password";
    case "reset password (a used link)":
      return `/reset-password?token=${"x".repeat(43)}`;
    case "not found":
      return "/posts/no-such-post";
  }
}

/** Every kind of public page with one address of each. */
export async function publicPageTypes(request: APIRequestContext): Promise<{ name: PublicPageType; path: string }[]> {
  return Promise.all(PUBLIC_PAGE_TYPES.map(async (name) => ({ name, path: await publicPagePath(request, name) })));
}
