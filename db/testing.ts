import { sql } from "drizzle-orm";
import { getDb } from "./index";
import { categories, comments, images, likes, posts, users } from "./schema";

const DAY = 24 * 60 * 60 * 1000;

/** Empties every table (tests only). */
export async function resetDatabase(): Promise<void> {
  await getDb().execute(
    sql`truncate table moderation_log, comment_bans, post_revisions, post_slug_redirects, category_slug_redirects, rate_limit_events, likes, comments, post_tags, posts, tags, categories, images, outbox, account_tokens, sign_ins, sessions, accounts, avatars, author_slug_redirects, verification_tokens, users restart identity cascade`,
  );
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

/** Inserts a user. */
export async function makeUser(values: Partial<typeof users.$inferInsert> = {}) {
  const name = values.name ?? unique("reader");
  const [row] = await getDb()
    .insert(users)
    .values({ name, email: `${name}@example.test`, ...values })
    .returning();
  return row!;
}

/** Inserts a category. */
export async function makeCategory(values: Partial<typeof categories.$inferInsert> = {}) {
  const slug = values.slug ?? unique("cat");
  const [row] = await getDb()
    .insert(categories)
    .values({ slug, name: values.name ?? slug, ...values })
    .returning();
  return row!;
}

/** Inserts a tiny valid image. */
export async function makeImage(values: Partial<typeof images.$inferInsert> = {}) {
  const data = values.data ?? new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
  const [row] = await getDb()
    .insert(images)
    .values({ data, contentType: "image/gif", byteSize: data.byteLength, width: 1, height: 1, alt: "A dot", ...values })
    .returning();
  return row!;
}

/**
 * Inserts a post; `daysAgo` sets published_at (negative schedules it in the future). Category and
 * author are created when not given.
 */
export async function makePost(values: Partial<typeof posts.$inferInsert> & { daysAgo?: number } = {}) {
  const { daysAgo = 1, ...rest } = values;
  const categoryId = rest.categoryId ?? (await makeCategory()).id;
  const authorId = rest.authorId ?? (await makeUser({ role: "editor" })).id;
  const status = rest.status ?? "published";
  const [row] = await getDb()
    .insert(posts)
    .values({
      slug: unique("post"),
      title: "A post",
      body: "Some words to read.",
      status,
      publishedAt: status === "published" ? new Date(Date.now() - daysAgo * DAY) : null,
      ...rest,
      categoryId,
      authorId,
    })
    .returning();
  return row!;
}

/** Inserts a comment, or a reply when `parent` is given. */
export async function makeComment(
  postId: string,
  values: Partial<typeof comments.$inferInsert> & { parent?: typeof comments.$inferSelect; minutesAgo?: number } = {},
) {
  const { parent, minutesAgo = 10, ...rest } = values;
  const authorId = rest.authorId ?? (await makeUser()).id;
  const createdAt = new Date(Date.now() - minutesAgo * 60_000);
  const [row] = await getDb()
    .insert(comments)
    .values({
      postId,
      body: "A comment",
      parentId: parent?.id ?? null,
      rootId: parent ? (parent.rootId ?? parent.id) : null,
      depth: parent ? parent.depth + 1 : 0,
      createdAt,
      ...rest,
      authorId,
    })
    .returning();
  return row!;
}

/** Likes a post by a new reader, n times. */
export async function addLikes(postId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const user = await makeUser();
    await getDb().insert(likes).values({ postId, userId: user.id });
  }
}
