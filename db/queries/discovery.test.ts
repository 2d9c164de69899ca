import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../index";
import { posts, postTags, tags, users } from "../schema";
import { makeCategory, makePost, makeUser } from "../testing";
import { ensureAuthorSlug, getAuthorBySlug, listAuthors } from "./authors";
import { getAdjacentPosts, listArchiveMonths, listFeedPosts, listPublishedPosts, listRelatedPosts } from "./posts";
import { MATCH_END, MATCH_START } from "@/lib/search-marks";
import { searchPosts } from "./search";
import { listSitemapEntries } from "./sitemap";
import { getTagBySlug } from "./tags";

async function tag(postId: string, slug: string) {
  const [row] = await getDb().insert(tags).values({ slug, name: slug.toUpperCase() }).onConflictDoNothing().returning();
  const tagId = row?.id ?? (await getDb().select().from(tags).where(eq(tags.slug, slug)))[0]!.id;
  await getDb().insert(postTags).values({ postId, tagId });
}

describe("search", () => {
  it("ranks a title match above an excerpt match above a body match, and marks the words", async () => {
    const body = await makePost({
      title: "Notes",
      excerpt: "Other things",
      body: "A long walk about gardens and the sea.",
      daysAgo: 3,
    });
    const title = await makePost({ title: "Gardens of stone", excerpt: "Rocks", body: "Stone and moss.", daysAgo: 1 });
    const excerpt = await makePost({ title: "Weekend", excerpt: "On gardens", body: "Nothing else.", daysAgo: 2 });
    const found = await searchPosts({ query: "garden" });
    expect(found.items.map((p) => p.id)).toEqual([title.id, excerpt.id, body.id]);
    expect(found.total).toBe(3);
    expect(found.items[2]!.snippet).toContain(`${MATCH_START}gardens${MATCH_END}`);
  });

  it("never finds drafts or scheduled posts, and pages through the rest", async () => {
    await makePost({ title: "Draft about tea", status: "draft" });
    await makePost({ title: "Scheduled tea", daysAgo: -1 });
    for (let i = 0; i < 3; i++) await makePost({ title: `Tea ${i}`, daysAgo: i + 1 });
    const first = await searchPosts({ query: "tea", pageSize: 2 });
    const second = await searchPosts({ query: "tea", pageSize: 2, page: 2 });
    expect(first.total).toBe(3);
    expect(first.pageCount).toBe(2);
    expect([...first.items, ...second.items].map((p) => p.title).sort()).toEqual(["Tea 0", "Tea 1", "Tea 2"]);
  });

  it("understands phrases and exclusions, and takes hostile input as words", async () => {
    await makePost({ title: "Slow cooking", body: "Cooking slowly at home." });
    await makePost({ title: "Fast cooking", body: "Cooking quickly." });
    expect((await searchPosts({ query: '"slow cooking"' })).items.map((p) => p.title)).toEqual(["Slow cooking"]);
    expect((await searchPosts({ query: "cooking -fast" })).items.map((p) => p.title)).toEqual(["Slow cooking"]);
    expect((await searchPosts({ query: "'); drop table posts; --" })).total).toBe(0);
    expect((await searchPosts({ query: "the and of" })).total).toBe(0);
  });

  it("shows Markdown as prose in snippets", async () => {
    await makePost({ title: "Links", body: "Read **the [manual](https://example.com/x)** about `ferns` here." });
    const [hit] = (await searchPosts({ query: "ferns" })).items;
    expect(hit!.snippet).not.toMatch(/\*\*|\]\(|https:/);
    expect(hit!.snippet).toContain("manual");
  });
});

describe("tags, authors and months", () => {
  it("lists a tag's public posts and knows tags only public posts carry", async () => {
    const a = await makePost({ daysAgo: 2 });
    const b = await makePost({ daysAgo: 1 });
    const draft = await makePost({ status: "draft" });
    await tag(a.id, "rust");
    await tag(b.id, "rust");
    await tag(draft.id, "rust");
    await tag(draft.id, "secret");
    expect((await listPublishedPosts({ tagSlug: "rust" })).items.map((p) => p.id)).toEqual([b.id, a.id]);
    expect(await getTagBySlug({ slug: "rust" })).toEqual({ slug: "rust", name: "RUST", postCount: 2 });
    expect(await getTagBySlug({ slug: "secret" })).toBeNull();
  });

  it("lists an author's public posts; authors without public posts have no page", async () => {
    const author = await makeUser({ role: "editor", slug: "mira", bio: "Writes." });
    const quiet = await makeUser({ role: "editor", slug: "quiet" });
    const post = await makePost({ authorId: author.id });
    await makePost({ authorId: quiet.id, status: "draft" });
    await makePost();
    expect((await listPublishedPosts({ authorSlug: "mira" })).items.map((p) => p.id)).toEqual([post.id]);
    expect(await getAuthorBySlug({ slug: "mira" })).toMatchObject({ name: author.name, bio: "Writes.", postCount: 1 });
    expect(await getAuthorBySlug({ slug: "quiet" })).toBeNull();
    expect((await listAuthors()).map((a) => a.slug)).toEqual(["mira"]);
  });

  it("gives a first-time author a slug from their name, numbered when taken", async () => {
    await makeUser({ name: "Zoë Adams", email: "zoe1@example.test", slug: "zoe-adams" });
    const second = await makeUser({ name: "Zoë Adams", email: "zoe2@example.test" });
    await getDb().transaction((tx) => ensureAuthorSlug(tx, second.id));
    await getDb().transaction((tx) => ensureAuthorSlug(tx, second.id));
    const [row] = await getDb().select({ slug: users.slug }).from(users).where(eq(users.id, second.id));
    expect(row!.slug).toBe("zoe-adams-2");
  });

  it("groups public posts by month in the site's time zone", async () => {
    const at = (iso: string) => makePost({ publishedAt: new Date(iso) });
    await at("2026-01-31T23:30:00Z"); // 1 February in Berlin
    await at("2026-01-15T12:00:00Z");
    await at("2025-12-01T12:00:00Z");
    const months = async (timeZone: string) =>
      (await listArchiveMonths({ timeZone })).map(({ year, month, count }) => ({ year, month, count }));
    expect(await months("UTC")).toEqual([
      { year: 2026, month: 1, count: 2 },
      { year: 2025, month: 12, count: 1 },
    ]);
    expect(await months("Europe/Berlin")).toEqual([
      { year: 2026, month: 2, count: 1 },
      { year: 2026, month: 1, count: 1 },
      { year: 2025, month: 12, count: 1 },
    ]);
    const february = await listPublishedPosts({ month: { year: 2026, month: 2, timeZone: "Europe/Berlin" } });
    expect(february.total).toBe(1);
  });
});

describe("around a post", () => {
  it("relates posts by shared tags first, then category, and never itself or a draft", async () => {
    const home = await makeCategory();
    const post = await makePost({ categoryId: home.id, daysAgo: 5 });
    const twoTags = await makePost({ daysAgo: 9 });
    const oneTag = await makePost({ daysAgo: 1 });
    const sameCategory = await makePost({ categoryId: home.id, daysAgo: 2 });
    const draft = await makePost({ categoryId: home.id, status: "draft" });
    await makePost();
    for (const p of [post, twoTags]) {
      await tag(p.id, "a");
      await tag(p.id, "b");
    }
    await tag(oneTag.id, "a");
    await tag(draft.id, "a");
    expect((await listRelatedPosts({ postId: post.id, limit: 5 })).map((p) => p.id)).toEqual([
      twoTags.id,
      oneTag.id,
      sameCategory.id,
    ]);
  });

  it("finds the previous and next public posts, even when two share a moment", async () => {
    const when = new Date("2026-03-01T10:00:00Z");
    const older = await makePost({ publishedAt: new Date("2026-02-01T10:00:00Z") });
    const a = await makePost({ publishedAt: when });
    const b = await makePost({ publishedAt: when });
    await makePost({ status: "draft" });
    const [first, second] = [a, b].sort((x, y) => x.id.localeCompare(y.id));
    expect(await getAdjacentPosts({ postId: first!.id })).toEqual({
      previous: { slug: older.slug, title: older.title },
      next: { slug: second!.slug, title: second!.title },
    });
    expect((await getAdjacentPosts({ postId: second!.id })).next).toBeNull();
    expect((await getAdjacentPosts({ postId: older.id })).previous).toBeNull();
  });

  it("never leads a post to itself when it was published with the database's clock (microseconds)", async () => {
    const older = await makePost({ daysAgo: 2 });
    // "Publish now" stores now(): microseconds that a JavaScript Date cannot hold.
    const [now] = await getDb()
      .update(posts)
      .set({ publishedAt: sql`now() - interval '1 second' + interval '123 microseconds'` })
      .where(eq(posts.id, (await makePost()).id))
      .returning({ id: posts.id, publishedAt: posts.publishedAt });
    const adjacent = await getAdjacentPosts({ postId: now!.id });
    expect(adjacent.next).toBeNull();
    expect(adjacent.previous).toEqual({ slug: older.slug, title: older.title });
  });
});

describe("feeds and the sitemap", () => {
  it("feeds carry public posts newest first with bodies and tags", async () => {
    const cat = await makeCategory({ slug: "notes" });
    const old = await makePost({ categoryId: cat.id, daysAgo: 3, body: "Old body" });
    const fresh = await makePost({ daysAgo: 1 });
    await makePost({ status: "draft" });
    await makePost({ daysAgo: -1 });
    await tag(old.id, "x");
    const all = await listFeedPosts({ limit: 10 });
    expect(all.map((p) => p.id)).toEqual([fresh.id, old.id]);
    expect(all[1]).toMatchObject({ body: "Old body", tags: ["X"] });
    expect((await listFeedPosts({ categorySlug: "notes", limit: 10 })).map((p) => p.id)).toEqual([old.id]);
  });

  it("the sitemap lists exactly what readers can reach", async () => {
    const author = await makeUser({ role: "editor", slug: "writer" });
    const hidden = await makeUser({ role: "editor", slug: "hidden" });
    const cat = await makeCategory({ slug: "open" });
    const emptyCat = await makeCategory({ slug: "empty" });
    const post = await makePost({ authorId: author.id, categoryId: cat.id });
    const draft = await makePost({ authorId: hidden.id, categoryId: emptyCat.id, status: "draft" });
    const scheduled = await makePost({ authorId: hidden.id, categoryId: emptyCat.id, daysAgo: -2 });
    await tag(post.id, "seen");
    await tag(draft.id, "unseen");
    await tag(scheduled.id, "unseen");
    const entries = await listSitemapEntries();
    expect(entries.posts.map((p) => p.slug)).toEqual([post.slug]);
    expect(entries.categories.map((c) => c.slug)).toEqual(["open"]);
    expect(entries.tags.map((t) => t.slug)).toEqual(["seen"]);
    expect(entries.authors.map((a) => a.slug)).toEqual(["writer"]);
    const [stored] = await getDb().select({ updatedAt: posts.updatedAt }).from(posts).where(eq(posts.id, post.id));
    expect(entries.posts[0]!.lastModified).toEqual(stored!.updatedAt);
  });
});
