import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../index";
import { posts, postSlugRedirects } from "../schema";
import { addLikes, makeCategory, makeComment, makeImage, makePost } from "../testing";
import {
  getNextScheduledPublication,
  getPublishedPostBySlug,
  listPublishedPosts,
  listPublishedPostSlugs,
  postAddressExists,
} from "./posts";

describe("visibility", () => {
  it("lists published posts and hides drafts and scheduled posts", async () => {
    const published = await makePost({ title: "Out" });
    await makePost({ status: "draft", title: "Draft" });
    await makePost({ daysAgo: -2, title: "Scheduled" });
    const page = await listPublishedPosts({});
    expect(page.items.map((p) => p.id)).toEqual([published.id]);
    expect(page.total).toBe(1);
  });

  it("finds a published post by slug, but not a draft or a scheduled one", async () => {
    const published = await makePost();
    const draft = await makePost({ status: "draft" });
    const scheduled = await makePost({ daysAgo: -1 });
    expect((await getPublishedPostBySlug({ slug: published.slug }))?.id).toBe(published.id);
    expect(await getPublishedPostBySlug({ slug: draft.slug })).toBeNull();
    expect(await getPublishedPostBySlug({ slug: scheduled.slug })).toBeNull();
    expect(await getPublishedPostBySlug({ slug: "no-such-post" })).toBeNull();
  });

  it("shows a scheduled post once its time has come, with no job running", async () => {
    const scheduled = await makePost({ daysAgo: -1 });
    expect(await getPublishedPostBySlug({ slug: scheduled.slug })).toBeNull();
    await getDb()
      .update(posts)
      .set({ publishedAt: new Date(Date.now() - 1000) })
      .where(eq(posts.id, scheduled.id));
    expect((await getPublishedPostBySlug({ slug: scheduled.slug }))?.id).toBe(scheduled.id);
  });

  it("reports when the next scheduled post goes public", async () => {
    expect(await getNextScheduledPublication()).toBeNull();
    await makePost({ daysAgo: 3 });
    const soon = await makePost({ daysAgo: -1 });
    await makePost({ daysAgo: -5 });
    await makePost({ status: "draft" });
    expect((await getNextScheduledPublication())?.getTime()).toBe(soon.publishedAt!.getTime());
  });
});

describe("ordering and pagination", () => {
  it("orders newest first and pages through every post exactly once", async () => {
    const made = [];
    for (let day = 1; day <= 7; day++) made.push(await makePost({ daysAgo: day }));
    const first = await listPublishedPosts({ page: 1, pageSize: 3 });
    const second = await listPublishedPosts({ page: 2, pageSize: 3 });
    const third = await listPublishedPosts({ page: 3, pageSize: 3 });
    expect(first.total).toBe(7);
    expect(first.pageCount).toBe(3);
    expect([...first.items, ...second.items, ...third.items].map((p) => p.id)).toEqual(made.map((p) => p.id));
    expect(third.items).toHaveLength(1);
    expect((await listPublishedPosts({ page: 4, pageSize: 3 })).items).toEqual([]);
  });

  it("skips an offset before paging (the featured post) and counts what is left", async () => {
    for (let day = 1; day <= 4; day++) await makePost({ daysAgo: day });
    const rest = await listPublishedPosts({ page: 1, pageSize: 2, offset: 1 });
    expect(rest.total).toBe(3);
    expect(rest.pageCount).toBe(2);
    expect(rest.items).toHaveLength(2);
  });

  it("filters by category", async () => {
    const design = await makeCategory({ slug: "design", name: "Design" });
    const mine = await makePost({ categoryId: design.id });
    await makePost();
    const page = await listPublishedPosts({ categorySlug: "design" });
    expect(page.items.map((p) => p.id)).toEqual([mine.id]);
    expect(page.items[0]!.category).toEqual({ slug: "design", name: "Design" });
    expect(page.total).toBe(1);
  });

  it("lists the newest public slugs up to a limit", async () => {
    const older = await makePost({ daysAgo: 2 });
    const newer = await makePost({ daysAgo: 1 });
    await makePost({ status: "draft" });
    expect(await listPublishedPostSlugs({ limit: 10 })).toEqual([newer.slug, older.slug]);
    expect(await listPublishedPostSlugs({ limit: 1 })).toEqual([newer.slug]);
  });
});

describe("counts and details", () => {
  it("counts likes and only visible comments, replies included, the same in lists and on the post", async () => {
    const post = await makePost();
    await addLikes(post.id, 3);
    const top = await makeComment(post.id);
    await makeComment(post.id, { parent: top });
    await makeComment(post.id, { status: "hidden" });
    const deleted = await makeComment(post.id, { status: "deleted" });
    await makeComment(post.id, { parent: deleted });
    const [summary] = (await listPublishedPosts({})).items;
    const detail = await getPublishedPostBySlug({ slug: post.slug });
    expect(summary).toMatchObject({ likeCount: 3, commentCount: 3 });
    expect(detail).toMatchObject({ likeCount: 3, commentCount: 3 });
  });

  it("returns the body, word count, cover and author name, and nothing private", async () => {
    const cover = await makeImage({ width: 1600, height: 900, alt: "Cover" });
    const post = await makePost({ body: "one two three four", coverImageId: cover.id });
    const detail = await getPublishedPostBySlug({ slug: post.slug });
    expect(detail).toMatchObject({
      body: "one two three four",
      words: 4,
      cover: { id: cover.id, width: 1600, height: 900, alt: "Cover" },
      tags: [],
    });
    expect(JSON.stringify(detail)).not.toMatch(/email|password/i);
  });
});

describe("postAddressExists", () => {
  it("finds public posts and the slugs they had before a rename, and nothing else", async () => {
    const published = await makePost();
    const draft = await makePost({ status: "draft" });
    const scheduled = await makePost({ daysAgo: -1 });
    await getDb().insert(postSlugRedirects).values({ slug: "old-name", postId: published.id });
    await getDb().insert(postSlugRedirects).values({ slug: "old-draft-name", postId: draft.id });
    expect(await postAddressExists({ slug: published.slug })).toBe(true);
    expect(await postAddressExists({ slug: "old-name" })).toBe(true);
    expect(await postAddressExists({ slug: draft.slug })).toBe(false);
    expect(await postAddressExists({ slug: "old-draft-name" })).toBe(false);
    expect(await postAddressExists({ slug: scheduled.slug })).toBe(false);
    expect(await postAddressExists({ slug: "no-such-post" })).toBe(false);
  });

  it("finds a scheduled post once its time has come", async () => {
    const scheduled = await makePost({ daysAgo: -1 });
    await getDb()
      .update(posts)
      .set({ publishedAt: new Date(Date.now() - 1000) })
      .where(eq(posts.id, scheduled.id));
    expect(await postAddressExists({ slug: scheduled.slug })).toBe(true);
  });
});
