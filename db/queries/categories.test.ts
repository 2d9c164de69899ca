import { describe, expect, it } from "vitest";
import { makeCategory, makePost } from "../testing";
import { getCategoryBySlug, listCategories } from "./categories";

describe("categories", () => {
  it("lists categories by name with their count of public posts only", async () => {
    const tech = await makeCategory({ slug: "technology", name: "Technology" });
    const art = await makeCategory({ slug: "art", name: "Art" });
    await makePost({ categoryId: tech.id });
    await makePost({ categoryId: tech.id });
    await makePost({ categoryId: tech.id, status: "draft" });
    await makePost({ categoryId: art.id, daysAgo: -3 });
    const list = await listCategories();
    expect(list.map((c) => [c.slug, c.postCount])).toEqual([
      ["art", 0],
      ["technology", 2],
    ]);
  });

  it("finds a category by slug, or null", async () => {
    await makeCategory({ slug: "design", name: "Design", description: "Type and colour" });
    expect(await getCategoryBySlug({ slug: "design" })).toMatchObject({
      name: "Design",
      description: "Type and colour",
    });
    expect(await getCategoryBySlug({ slug: "nope" })).toBeNull();
  });
});
