import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { cacheTags } from "./cache";

/**
 * After a comment changes: its post's threads and counts refresh at once for the person who made
 * the change (updateTag), lists showing counts refresh in the background.
 */
export function commentsChanged(postId: string): void {
  updateTag(cacheTags.comments(postId));
  updateTag(cacheTags.post(postId));
  revalidateTag(cacheTags.postLists, "max");
}

/**
 * After a like: the post page's count expires at once. Stale-while-revalidate is kept to the
 * lists: mixing it with immediate expiry on the same tag let a stale post page outlive a later
 * comment in our tests.
 */
export function likesChanged(postId: string): void {
  updateTag(cacheTags.post(postId));
  revalidateTag(cacheTags.postLists, "max");
}
