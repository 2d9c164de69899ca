import type { Locator, Page } from "@playwright/test";

/** The post page's parts, found the way a reader would find them. */
export class PostPage {
  readonly hero: Locator;
  readonly title: Locator;
  readonly categoryLink: Locator;
  readonly meta: Locator;
  readonly body: Locator;
  readonly share: Locator;
  readonly leaveComment: Locator;
  readonly comments: Locator;

  constructor(readonly page: Page) {
    this.hero = page.locator("article > header").first();
    this.title = page.getByRole("heading", { level: 1 });
    this.categoryLink = this.hero.getByRole("link").first();
    this.meta = this.hero.getByRole("list");
    this.body = page.locator(".prose");
    this.share = page.getByRole("region", { name: "Share the Post" });
    this.leaveComment = page.getByRole("region", { name: "Leave a Comment" });
    this.comments = page.getByRole("region", { name: /^Comments \(\d+\)$/ });
  }

  async goto(slug: string) {
    return this.page.goto(`/posts/${slug}`);
  }

  metaItem(key: "date" | "reading" | "likes" | "comments") {
    return this.meta.locator(`[data-meta="${key}"]`);
  }
}
