import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, getDriver } from "../index";
import { comments, likes, users } from "../schema";
import { makePost } from "../testing";
import { insertComment, COMMENTS_PER_MINUTE } from "./comments";
import { countLikes, storeLike } from "./likes";
import { createPasswordUser } from "./users";

/** Inserts n readers in one statement (argon2 is not needed here). */
async function makeReaders(n: number, prefix: string) {
  return getDb()
    .insert(users)
    .values(
      Array.from({ length: n }, (_, i) => ({
        name: `${prefix} ${i}`,
        email: `${prefix}-${i}-${Date.now()}@example.test`,
      })),
    )
    .returning({ id: users.id });
}

const likeRows = async (postId: string) =>
  (await getDb().select({ n: count() }).from(likes).where(eq(likes.postId, postId)))[0]!.n;

describe("engagement under concurrency (real Postgres)", () => {
  it("runs on a real Postgres with a connection pool", () => {
    expect(getDriver()).toBe("postgres");
  });

  it("200 readers liking at once leave exactly 200 likes", async () => {
    const post = await makePost();
    const readers = await makeReaders(200, "liker");
    const results = await Promise.all(readers.map((r) => storeLike({ postId: post.id, userId: r.id, liked: true })));
    expect(results.every((r) => r.ok && r.liked)).toBe(true);
    expect(await countLikes({ postId: post.id })).toBe(200);
    expect(await likeRows(post.id)).toBe(200);
  });

  it("one reader's 50 parallel likes leave one like", async () => {
    const post = await makePost();
    const [reader] = await makeReaders(1, "clicker");
    await Promise.all(
      Array.from({ length: 50 }, () => storeLike({ postId: post.id, userId: reader!.id, liked: true })),
    );
    expect(await likeRows(post.id)).toBe(1);
  });

  it("1,000 interleaved like/unlike calls leave the count equal to the rows and to each reader's last word", async () => {
    const post = await makePost();
    const readers = await makeReaders(20, "toggler");
    // Each reader clicks 50 times in sequence; the 20 readers click at the same time.
    const plans = readers.map(() => Array.from({ length: 50 }, () => Math.random() < 0.5));
    await Promise.all(
      readers.map(async (reader, i) => {
        for (const liked of plans[i]!) await storeLike({ postId: post.id, userId: reader.id, liked });
      }),
    );
    const expected = plans.filter((plan) => plan[plan.length - 1]).length;
    expect(await likeRows(post.id)).toBe(expected);
    expect(await countLikes({ postId: post.id })).toBe(expected);
  });

  it(`a burst of 20 parallel comments from one reader lets exactly ${COMMENTS_PER_MINUTE} through`, async () => {
    const post = await makePost();
    const [reader] = await makeReaders(1, "burst");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        insertComment({ postId: post.id, authorId: reader!.id, body: `burst ${i}` }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(COMMENTS_PER_MINUTE);
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(20 - COMMENTS_PER_MINUTE);
    const [row] = await getDb().select({ n: count() }).from(comments).where(eq(comments.postId, post.id));
    expect(row!.n).toBe(COMMENTS_PER_MINUTE);
  });

  it("ten parallel sign-ups for one email create one account", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createPasswordUser({
          name: `Racer ${i}`,
          email: i % 2 ? "Race@Example.test" : "race@example.TEST",
          passwordHash: "h",
          verified: true,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
