/**
 * Cache tag names, in one place. Shared public reads are tagged with what they contain; every
 * mutation invalidates exactly the tags it touched.
 */
export const cacheTags = {
  /** Any list of posts: home, category pages, feeds. Expired at once when posts change. */
  postLists: "posts",
  /**
   * The like and comment counts on those lists: refreshed in the background. A tag of its own,
   * because Next keeps one state per tag: a background refresh asked for after an immediate
   * expiry of the same tag turns that expiry back into stale-while-revalidate, and a list could
   * go on showing a post's absence after it was published.
   */
  listCounts: "post-counts",
  /** One post's page, by id (survives a slug change) and by slug (for lookups that found nothing). */
  post: (id: string) => `post:${id}`,
  postSlug: (slug: string) => `post-slug:${slug}`,
  /**
   * The like count in one post's cached page: only ever refreshed in the background, and at most
   * once a minute (lib/invalidate.ts, likesChanged), so no reader can keep the page out of the
   * cache by toggling a like. A tag of its own for the reason given at listCounts.
   */
  postLikes: (id: string) => `post-likes:${id}`,
  /** One post's comment threads. */
  comments: (postId: string) => `comments:${postId}`,
  /** One comment's permalink page (until its post is known, when it takes the post's tags). */
  comment: (commentId: string) => `comment:${commentId}`,
  /** One stored image's bytes (deleting an image must invalidate it). */
  image: (id: string) => `image:${id}`,
  /** One person's uploaded picture (a new one, its removal and account deletion invalidate it). */
  avatar: (userId: string) => `avatar:${userId}`,
  /** The list of categories (header navigation, category pages). */
  categories: "categories",
  category: (slug: string) => `category:${slug}`,
  /** Every page that names categories or tags (post pages show both): renames are rare. */
  taxonomy: "taxonomy",
} as const;
