import { describe, expect, it } from "vitest";
import { getDb } from "../index";
import { authorSlugRedirects, categorySlugRedirects, postTags, tags } from "../schema";
import { makeCategory, makeComment, makePost, makeUser } from "../testing";
import { type PostList, type PublicAddress, publicAddressExists } from "./addresses";

// Two posts a page keeps the lists short.
const exists = (address: PublicAddress) => publicAddressExists(address, { pageSize: 2, timeZone: "Europe/Berlin" });
const page = (list: PostList, n: number) => exists({ kind: "list", list, page: n });

describe("publicAddressExists", () => {
  it("finds public posts, not drafts or scheduled ones", async () => {
    const published = await makePost();
    const draft = await makePost({ status: "draft" });
    const scheduled = await makePost({ daysAgo: -1 });
    expect(await exists({ kind: "post", slug: published.slug })).toBe(true);
    expect(await exists({ kind: "post", slug: draft.slug })).toBe(false);
    expect(await exists({ kind: "post", slug: scheduled.slug })).toBe(false);
  });

  it("finds a comment's permalink only while its thread shows on a public post", async () => {
    const post = await makePost();
    const draft = await makePost({ status: "draft" });
    const shown = await makeComment(post.id);
    const hidden = await makeComment(post.id, { status: "hidden" });
    const hiddenWithReply = await makeComment(post.id, { status: "hidden" });
    await makeComment(post.id, { parent: hiddenWithReply });
    const onDraft = await makeComment(draft.id);
    expect(await exists({ kind: "comment", id: shown.id })).toBe(true);
    expect(await exists({ kind: "comment", id: hiddenWithReply.id })).toBe(true);
    expect(await exists({ kind: "comment", id: hidden.id })).toBe(false);
    expect(await exists({ kind: "comment", id: onDraft.id })).toBe(false);
    expect(await exists({ kind: "comment", id: "00000000-0000-4000-8000-000000000000" })).toBe(false);
  });

  it("finds the home page's later pages while posts reach them, after the featured one", async () => {
    const home = { of: "home" } as const;
    for (let i = 0; i < 3; i++) await makePost({ daysAgo: i + 1 });
    await makePost({ status: "draft" });
    await makePost({ daysAgo: -1 });
    // Featured, then two on page 1: nothing is left for page 2.
    expect(await page(home, 2)).toBe(false);
    await makePost();
    expect(await page(home, 2)).toBe(true);
    expect(await page(home, 3)).toBe(false);
  });

  it("finds a category's first page even when empty, its old slug, and the pages its posts reach", async () => {
    const empty = await makeCategory();
    const full = await makeCategory();
    for (let i = 0; i < 3; i++) await makePost({ categoryId: full.id });
    await makePost({ categoryId: full.id, status: "draft" });
    await getDb().insert(categorySlugRedirects).values({ slug: "old-name", categoryId: full.id });
    const category = (slug: string) => ({ of: "category", slug }) as const;
    expect(await page(category(empty.slug), 1)).toBe(true);
    expect(await page(category(empty.slug), 2)).toBe(false);
    expect(await page(category(full.slug), 2)).toBe(true);
    expect(await page(category(full.slug), 3)).toBe(false);
    expect(await page(category("old-name"), 1)).toBe(true);
    expect(await page(category("old-name"), 2)).toBe(true);
    expect(await page(category("no-such-category"), 1)).toBe(false);
  });

  it("finds tags and authors only with public posts, and the pages those reach", async () => {
    const [css] = await getDb().insert(tags).values({ slug: "css", name: "CSS" }).returning();
    const [draftOnly] = await getDb().insert(tags).values({ slug: "drafts", name: "Drafts" }).returning();
    const writer = await makeUser({ role: "editor", slug: "writer" });
    const quiet = await makeUser({ role: "editor", slug: "quiet" });
    for (let i = 0; i < 3; i++) {
      const post = await makePost({ authorId: writer.id });
      await getDb().insert(postTags).values({ postId: post.id, tagId: css!.id });
    }
    const draft = await makePost({ authorId: quiet.id, status: "draft" });
    await getDb().insert(postTags).values({ postId: draft.id, tagId: draftOnly!.id });
    const tag = (slug: string) => ({ of: "tag", slug }) as const;
    expect(await page(tag("css"), 1)).toBe(true);
    expect(await page(tag("css"), 2)).toBe(true);
    expect(await page(tag("css"), 3)).toBe(false);
    expect(await page(tag("drafts"), 1)).toBe(false);
    expect(await page({ of: "author", slug: "writer" }, 2)).toBe(true);
    expect(await page({ of: "author", slug: "writer" }, 3)).toBe(false);
    expect(await page({ of: "author", slug: "quiet" }, 1)).toBe(false);
  });

  it("finds an author's page address from before they changed it", async () => {
    const writer = await makeUser({ role: "editor", slug: "new-address" });
    await makePost({ authorId: writer.id });
    await getDb().insert(authorSlugRedirects).values({ slug: "old-address", userId: writer.id });
    expect(await page({ of: "author", slug: "old-address" }, 1)).toBe(true);
    expect(await page({ of: "author", slug: "never-was" }, 1)).toBe(false);
  });

  it("finds months with public posts in the site's time zone, and the pages they reach", async () => {
    for (let i = 0; i < 3; i++) await makePost({ publishedAt: new Date(`2026-01-1${i}T12:00:00Z`) });
    await makePost({ publishedAt: new Date("2026-01-31T23:30:00Z") }); // 1 February in Berlin
    const month = (m: number) => ({ of: "month", year: 2026, month: m }) as const;
    expect(await page(month(1), 1)).toBe(true);
    expect(await page(month(1), 2)).toBe(true);
    expect(await page(month(1), 3)).toBe(false);
    expect(await page(month(2), 1)).toBe(true);
    expect(await page(month(2), 2)).toBe(false);
    expect(await page(month(3), 1)).toBe(false);
  });
});
