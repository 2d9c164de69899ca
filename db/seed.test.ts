import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "./index";
import { listCategories } from "./queries/categories";
import { listCommentThreads, type CommentNode } from "./queries/comments";
import { getPublishedPostBySlug, listPublishedPosts } from "./queries/posts";
import { users } from "./schema";
import { DEMO_PASSWORD } from "./seed/content";
import { seed, seedPasswords } from "./seed";

const depthOf = (node: CommentNode): number => 1 + Math.max(0, ...node.replies.map(depthOf));

describe("demo seed", () => {
  it("makes a publication that looks real, and only once", async () => {
    expect((await seed()).seeded).toBe(true);
    expect((await seed()).seeded).toBe(false);

    const all = await listPublishedPosts({ pageSize: 100 });
    expect(all.total).toBeGreaterThanOrEqual(8);
    expect(all.items.every((p) => p.cover !== null)).toBe(true);
    expect((await listCategories()).filter((c) => c.postCount > 0).length).toBeGreaterThanOrEqual(3);

    expect(await getPublishedPostBySlug({ slug: "notes-toward-a-style-guide" })).toBeNull();
    expect(await getPublishedPostBySlug({ slug: "what-we-are-building-next" })).toBeNull();

    const featured = await getPublishedPostBySlug({ slug: "when-machines-learned-to-sketch" });
    expect(featured!.body).toMatch(/```ts/);
    expect(featured!.body).toMatch(/^> /m);
    expect(featured!.body).toMatch(/!\[[^\]]+\]\(\/api\/images\/[0-9a-f-]{36} "/);
    const { threads } = await listCommentThreads({ postId: featured!.id });
    expect(Math.max(...threads.map(depthOf))).toBeGreaterThanOrEqual(3);
    expect(featured!.likeCount).toBeGreaterThan(0);
  });
});

describe("demo seed on a real database", () => {
  it("gives no account the documented password: each gets its own, handed back once", async () => {
    const outcome = await seed({ passwords: "generated" });
    expect(outcome.seeded).toBe(true);
    const staff = await getDb()
      .select({ email: users.email, role: users.role, hash: users.passwordHash })
      .from(users)
      .where(inArray(users.role, ["editor", "admin"]));
    expect(staff.length).toBeGreaterThan(0);
    const everyone = await getDb().select({ email: users.email, hash: users.passwordHash }).from(users);
    for (const person of everyone) {
      expect(await verifyPassword(person.hash!, DEMO_PASSWORD), person.email).toBe(false);
      const given = outcome.passwords.find((p) => p.email === person.email);
      expect(given && (await verifyPassword(person.hash!, given.password)), person.email).toBe(true);
    }
    expect(new Set(outcome.passwords.map((p) => p.password)).size).toBe(outcome.passwords.length);
  });

  it("is what `npm run db:seed` does whenever DATABASE_URL is set", () => {
    expect(seedPasswords()).toBe(process.env.DATABASE_URL ? "generated" : "demo");
  });
});
