import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { cacheTags } from "./cache";
import { rules, takeAttempt } from "./rate-limit";

/**
 * After a comment changes: its post's threads and counts refresh at once for the person who made
 * the change (updateTag), lists showing counts refresh in the background.
 */
export function commentsChanged(postId: string): void {
  updateTag(cacheTags.comments(postId));
  updateTag(cacheTags.post(postId));
  revalidateTag(cacheTags.listCounts, "max");
}

/**
 * After a like: nothing expires. The reader who liked, and every later reader, get the live
 * count from the engagement endpoint; the count inside the cached post page and on the lists is
 * refreshed in the background, at most once a minute per post across all instances
 * (rules.likeCountRefreshPerPost), so toggling a like cannot keep the page out of the cache.
 * Its tag, postLikes, is never expired at once (see cacheTags.listCounts on mixing the two).
 */
export async function likesChanged(postId: string): Promise<void> {
  if (!(await takeAttempt(rules.likeCountRefreshPerPost, postId))) return;
  revalidateTag(cacheTags.postLikes(postId), "max");
  revalidateTag(cacheTags.listCounts, "max");
}

/**
 * After an editor saves, publishes, unpublishes or deletes a post: its page (by id and by every
 * slug involved) and every list refresh at once. Lists must not serve stale-while-revalidate
 * here: a scheduled post also shortens how long the lists may be cached.
 */
export function postChanged({
  id,
  slug,
  previousSlug,
}: {
  id: string;
  slug: string;
  previousSlug?: string | null;
}): void {
  updateTag(cacheTags.post(id));
  updateTag(cacheTags.postSlug(slug));
  if (previousSlug) updateTag(cacheTags.postSlug(previousSlug));
  updateTag(cacheTags.postLists);
}

/** After a category or tag changes: navigation, its pages and the cards that name it. */
export function taxonomyChanged(categorySlugs: string[] = []): void {
  updateTag(cacheTags.taxonomy);
  updateTag(cacheTags.categories);
  for (const slug of categorySlugs) updateTag(cacheTags.category(slug));
  updateTag(cacheTags.postLists);
}

/** After an image's alt text changes: the posts that show it, and the lists (their covers). */
export function imageAltChanged(postIds: string[]): void {
  for (const id of postIds) updateTag(cacheTags.post(id));
  if (postIds.length > 0) updateTag(cacheTags.postLists);
}

/** After an image is deleted: its cached bytes. */
export function imageDeleted(id: string): void {
  updateTag(cacheTags.image(id));
}

/**
 * After a person deletes their account: the threads their comments were in (some vanished, some
 * became markers) at once, and the like counts they were part of.
 */
export function personDeleted({
  userId,
  commentedOn,
  liked,
}: {
  userId: string;
  commentedOn: string[];
  liked: string[];
}): void {
  updateTag(cacheTags.avatar(userId));
  for (const id of commentedOn) {
    updateTag(cacheTags.comments(id));
    updateTag(cacheTags.post(id));
  }
  for (const id of liked) revalidateTag(cacheTags.postLikes(id), "max");
  revalidateTag(cacheTags.listCounts, "max");
}

/**
 * After a person changes their name: the threads and pages that show it. Refreshed in the
 * background (the next visit may still see the old name once), since a prolific commenter's name
 * is on many pages and none of them is wrong for long.
 */
export function personRenamed(postIds: string[]): void {
  for (const id of postIds) {
    revalidateTag(cacheTags.comments(id), "max");
    revalidateTag(cacheTags.post(id), "max");
  }
  if (postIds.length > 0) revalidateTag(cacheTags.postLists, "max");
}

/**
 * After a person uploads or removes their picture: its bytes at once (the old address must stop
 * answering), and the pages that show it as after a rename.
 */
export function personPictureChanged({ userId, shownOn }: { userId: string; shownOn: string[] }): void {
  updateTag(cacheTags.avatar(userId));
  personRenamed(shownOn);
}

/** After an author's bio or page address changes: their posts' pages and the lists (author pages). */
export function authorProfileChanged(postIds: string[]): void {
  for (const id of postIds) updateTag(cacheTags.post(id));
  updateTag(cacheTags.postLists);
}
