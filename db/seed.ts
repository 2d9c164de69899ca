import { randomBytes } from "node:crypto";
import { count } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { slugFor } from "@/lib/slug";
import { getDb, getDriver, type Database } from "./index";
import type { Role } from "./enums";
import { runIfMain } from "./script";
import { categories, comments, images, likes, posts, postTags, tags, users } from "./schema";
import {
  DEMO_PASSWORD,
  seedAuthors,
  seedCategories,
  seedComments,
  seedImages,
  seedLikes,
  seedPosts,
  seedReaders,
  seedTags,
  type SeedComment,
} from "./seed/content";
import { drawImage } from "./seed/images";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const titleCase = (slug: string) =>
  slug
    .split("-")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ");

/** True when the database holds no posts yet. */
async function isEmpty(db: Database = getDb()): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(posts);
  return (row?.n ?? 0) === 0;
}

/** A demo account's password, when the seed made one up. */
export type SeedPassword = { email: string; role: Role; password: string };

/**
 * How demo accounts get their passwords: the documented one on the embedded database (a local,
 * throwaway blog), one of their own, made up and shown once, on a database given by
 * DATABASE_URL, which may well be public: a known staff password there would be anyone's.
 */
export function seedPasswords(): "demo" | "generated" {
  return getDriver() === "pglite" ? "demo" : "generated";
}

/**
 * Fills an empty database with the demo publication; `seeded` is false if it already had posts.
 * With `passwords: "generated"` every account gets a random password, handed back in
 * `passwords` (the only copy). `comments` replaces the demo threads (the e2e suite adds long
 * discussions to page through).
 */
export async function seed({
  db = getDb(),
  now = new Date(),
  comments: threads = seedComments,
  passwords = "demo",
}: {
  db?: Database;
  now?: Date;
  comments?: Record<string, SeedComment[]>;
  passwords?: "demo" | "generated";
} = {}): Promise<{ seeded: boolean; passwords: SeedPassword[] }> {
  if (!(await isEmpty(db))) return { seeded: false, passwords: [] };

  const drawn = await Promise.all(
    Object.entries(seedImages).map(async ([key, spec]) => {
      const inline = key.startsWith("inline-");
      const image = await drawImage(spec.hue, spec.motif, inline ? 1200 : 1600, inline ? 800 : 900);
      return { key, alt: spec.alt, ...image };
    }),
  );

  const accounts = [
    ...seedAuthors.map((a) => ({ name: a.name, email: a.email, role: a.role, bio: a.bio, slug: slugFor(a.name) })),
    ...seedReaders.map((r) => ({ name: r.name, email: r.email, role: "reader" as const })),
  ];
  const given: SeedPassword[] =
    passwords === "generated"
      ? accounts.map((a) => ({ email: a.email, role: a.role, password: randomBytes(12).toString("base64url") }))
      : [];
  // One hash for every demo account when they share the documented password: argon2id is slow.
  const demoHash = passwords === "demo" ? await hashPassword(DEMO_PASSWORD) : null;
  const hashes = await Promise.all(accounts.map((_, i) => demoHash ?? hashPassword(given[i]!.password)));

  await db.transaction(async (tx) => {
    const people = await tx
      .insert(users)
      .values(accounts.map((a, i) => ({ ...a, passwordHash: hashes[i]!, emailVerified: new Date() })))
      .returning({ id: users.id, email: users.email });
    const userId = (email: string) => people.find((p) => p.email === email)!.id;
    const authorId = Object.fromEntries(seedAuthors.map((a) => [a.key, userId(a.email)]));
    const readerIds = seedReaders.map((r) => userId(r.email));

    const imageRows = await tx
      .insert(images)
      .values(
        drawn.map((d) => ({
          data: d.data,
          contentType: d.contentType,
          byteSize: d.data.byteLength,
          width: d.width,
          height: d.height,
          alt: d.alt,
          uploadedById: authorId.ada,
        })),
      )
      .returning({ id: images.id });
    const imageId = Object.fromEntries(drawn.map((d, i) => [d.key, imageRows[i]!.id]));

    const categoryRows = await tx.insert(categories).values(seedCategories).returning();
    const tagRows = await tx
      .insert(tags)
      .values(seedTags.map((slug) => ({ slug, name: titleCase(slug) })))
      .returning();

    for (const post of seedPosts) {
      const body = post.body.replace(/image:([a-z-]+)/g, (_, key: string) => `/api/images/${imageId[key]}`);
      const [row] = await tx
        .insert(posts)
        .values({
          slug: post.slug,
          title: post.title,
          excerpt: post.excerpt,
          body,
          coverImageId: imageId[post.cover],
          categoryId: categoryRows.find((c) => c.slug === post.category)!.id,
          authorId: authorId[post.author]!,
          status: post.status,
          publishedAt: post.status === "published" ? new Date(now.getTime() - post.daysAgo * DAY) : null,
          createdAt: new Date(now.getTime() - Math.abs(post.daysAgo + 2) * DAY),
        })
        .returning({ id: posts.id });
      const postId = row!.id;

      await tx
        .insert(postTags)
        .values(post.tags.map((slug) => ({ postId, tagId: tagRows.find((t) => t.slug === slug)!.id })));

      const likeCount = seedLikes[post.slug] ?? 0;
      if (likeCount > 0) {
        await tx.insert(likes).values(readerIds.slice(0, likeCount).map((userId) => ({ postId, userId })));
      }

      const insertThread = async (
        thread: SeedComment[],
        parent: { id: string; rootId: string; depth: number } | null,
      ) => {
        for (const c of thread) {
          const createdAt = new Date(now.getTime() - c.minutesAgo * MINUTE);
          const [inserted] = await tx
            .insert(comments)
            .values({
              postId,
              authorId: readerIds[c.author]!,
              parentId: parent?.id ?? null,
              rootId: parent?.rootId ?? null,
              depth: parent ? parent.depth + 1 : 0,
              body: c.body,
              createdAt,
              updatedAt: createdAt,
            })
            .returning({ id: comments.id });
          const id = inserted!.id;
          if (c.replies) {
            await insertThread(c.replies, { id, rootId: parent?.rootId ?? id, depth: parent ? parent.depth + 1 : 0 });
          }
        }
      };
      await insertThread(threads[post.slug] ?? [], null);
    }
  });
  return { seeded: true, passwords: given };
}

runIfMain(import.meta.url, "Seeding", async () => {
  const outcome = await seed({ passwords: seedPasswords() });
  if (!outcome.seeded) return `The database already has posts (${getDriver()}); nothing was seeded.`;
  if (outcome.passwords.length === 0) return `Seeded the demo publication (${getDriver()}).`;
  const table = outcome.passwords.map((p) => `  ${p.role.padEnd(6)}  ${p.email.padEnd(34)}  ${p.password}`).join("\n");
  return [
    `Seeded the demo publication (${getDriver()}). Every account has a password of its own, shown only now:`,
    table,
    "Keep the staff ones somewhere safe, or change them; nobody can see them again.",
  ].join("\n");
});
