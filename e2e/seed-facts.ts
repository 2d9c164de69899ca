import { seedLikes, seedPosts, type SeedComment } from "../db/seed/content";
import { e2eComments } from "./discussions";

/** What the e2e seed contains, so tests follow the seed instead of repeating its numbers. */
const countThread = (comments: SeedComment[]): number =>
  comments.reduce((n, c) => n + 1 + countThread(c.replies ?? []), 0);

export const publishedPosts = seedPosts
  .filter((p) => p.status === "published" && p.daysAgo >= 0)
  .sort((a, b) => a.daysAgo - b.daysAgo);
export const draftPost = seedPosts.find((p) => p.status === "draft")!;
export const scheduledPost = seedPosts.find((p) => p.status === "published" && p.daysAgo < 0)!;
export const featuredPost = publishedPosts[0]!;

export function expectedCounts(slug: string) {
  return { likes: seedLikes[slug] ?? 0, comments: countThread(e2eComments[slug] ?? []) };
}
