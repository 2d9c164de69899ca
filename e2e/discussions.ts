import { seedComments, seedPosts, seedReaders, type SeedComment } from "../db/seed/content";

/**
 * Long discussions the end-to-end suite pages through, on top of the demo threads: the demo
 * posts have a few threads each, and a page of threads is 20. Only `e2e/seed.ts` stores them.
 */
export const discussionPosts = {
  /** More than one page of threads (26). */
  busy: "the-case-for-a-slower-web",
  /** Exactly one full page (20). */
  fullPage: "the-long-life-of-a-typeface",
  /** A handful (6). No other spec comments here: the test that uses it counts every comment. */
  few: "walking-the-grid",
} as const;

const HOUR = 60;
const DAY = 24 * HOUR;

/** The reader who wrote the n-th extra thread of a discussion (counting from 1). */
export const threadAuthor = (n: number) => seedReaders[(n - 1) % 10]!.name;

/** `count` more top-level threads, older than the post's demo ones; every fifth has a reply. */
function threads(slug: string, count: number, startMinutesAgo: number): SeedComment[] {
  const title = seedPosts.find((p) => p.slug === slug)!.title;
  return Array.from({ length: count }, (_, i) => ({
    author: i % 10,
    minutesAgo: startMinutesAgo - i * 10,
    body: `Thread ${i + 1} on “${title}”: a thought worth its own card.`,
    replies:
      i % 5 === 0
        ? [{ author: (i + 3) % 10, minutesAgo: startMinutesAgo - i * 10 - 5, body: `A reply under thread ${i + 1}.` }]
        : undefined,
  }));
}

/** The demo threads plus a thread count of each kind, by post slug. */
export const e2eComments: Record<string, SeedComment[]> = (() => {
  const extra = (slug: string, total: number, minutesAgo: number) => {
    const demo = seedComments[slug] ?? [];
    return [...threads(slug, total - demo.length, minutesAgo), ...demo];
  };
  return {
    ...seedComments,
    [discussionPosts.busy]: extra(discussionPosts.busy, 26, 30 * DAY),
    [discussionPosts.fullPage]: extra(discussionPosts.fullPage, 20, 5 * DAY),
    [discussionPosts.few]: extra(discussionPosts.few, 6, 20 * DAY),
  };
})();
