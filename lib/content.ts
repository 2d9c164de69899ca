import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getCategoryBySlug, listCategories } from "@/db/queries/categories";
import { getCommentThread, getCommentsVersion, listCommentThreads } from "@/db/queries/comments";
import { getAvatarFile, getImageFile } from "@/db/queries/images";
import { getAuthorRedirect, getCategoryRedirect, getPostRedirect } from "@/db/queries/redirects";
import { getAuthorBySlug } from "@/db/queries/authors";
import {
  getAdjacentPosts,
  getNextScheduledPublication,
  getPublishedPostBySlug,
  listArchiveMonths,
  listPublishedPosts,
  listRelatedPosts,
} from "@/db/queries/posts";
import { listSitemapEntries } from "@/db/queries/sitemap";
import { getTagBySlug } from "@/db/queries/tags";
import { cacheTags } from "./cache";
import { env } from "./env";
import { POSTS_PER_PAGE } from "./page-window";
import { renderPostBody } from "./post-body";

const DAY = 24 * 60 * 60;

/**
 * Public content changes through our own actions, which invalidate it by tag, or when a
 * scheduled post's time comes. So a cached public read lives a day, or until the next scheduled
 * publication, whichever is sooner.
 */
async function publicLifetime(): Promise<void> {
  const next = await getNextScheduledPublication();
  const untilNext = next ? Math.ceil((next.getTime() - Date.now()) / 1000) : DAY;
  const revalidate = Math.max(1, Math.min(DAY, untilNext));
  // Under 30 s of `stale` (or 5 min of `expire`) Next leaves an entry out of prerendered pages,
  // which these pages cannot do without: keep both above those floors.
  cacheLife({ stale: Math.max(30, Math.min(300, revalidate)), revalidate, expire: 7 * DAY });
}

/** The home page: the newest post featured, then a page of the rest. */
export async function getHomePage(page: number) {
  "use cache";
  cacheTag(cacheTags.postLists, cacheTags.listCounts);
  await publicLifetime();
  const [featured, rest] = await Promise.all([
    listPublishedPosts({ page: 1, pageSize: 1 }),
    listPublishedPosts({ page, pageSize: POSTS_PER_PAGE, offset: 1 }),
  ]);
  return { featured: featured.items[0] ?? null, posts: rest };
}

/** A category and a page of its posts, or null for an unknown category. */
export async function getCategoryPage(slug: string, page: number) {
  "use cache";
  cacheTag(cacheTags.postLists, cacheTags.listCounts, cacheTags.category(slug), cacheTags.categories);
  await publicLifetime();
  const category = await getCategoryBySlug({ slug });
  if (!category) return null;
  const posts = await listPublishedPosts({ page, pageSize: POSTS_PER_PAGE, categorySlug: slug });
  return { category, posts };
}

/** A tag and a page of its public posts, or null when no public post carries it. */
export async function getTagPage(slug: string, page: number) {
  "use cache";
  cacheTag(cacheTags.postLists, cacheTags.listCounts, cacheTags.taxonomy);
  await publicLifetime();
  const tag = await getTagBySlug({ slug });
  if (!tag) return null;
  return { tag, posts: await listPublishedPosts({ page, pageSize: POSTS_PER_PAGE, tagSlug: slug }) };
}

/** An author and a page of their public posts, or null for someone with none. */
export async function getAuthorPage(slug: string, page: number) {
  "use cache";
  cacheTag(cacheTags.postLists, cacheTags.listCounts);
  await publicLifetime();
  const author = await getAuthorBySlug({ slug });
  if (!author) return null;
  return { author, posts: await listPublishedPosts({ page, pageSize: POSTS_PER_PAGE, authorSlug: slug }) };
}

/** The months that have posts, newest first, in the site's time zone. */
export async function getArchive() {
  "use cache";
  cacheTag(cacheTags.postLists);
  await publicLifetime();
  return listArchiveMonths({ timeZone: env().SITE_TIME_ZONE });
}

/** A page of one month's public posts (in the site's time zone). */
export async function getArchiveMonthPage(year: number, month: number, page: number) {
  "use cache";
  cacheTag(cacheTags.postLists, cacheTags.listCounts);
  await publicLifetime();
  return listPublishedPosts({ page, pageSize: POSTS_PER_PAGE, month: { year, month, timeZone: env().SITE_TIME_ZONE } });
}

/** What a post page shows around the post: related posts, and the previous and next ones. */
export async function getPostNeighbours(postId: string) {
  "use cache";
  cacheTag(cacheTags.postLists, cacheTags.taxonomy);
  await publicLifetime();
  const [related, adjacent] = await Promise.all([listRelatedPosts({ postId, limit: 3 }), getAdjacentPosts({ postId })]);
  return { related, ...adjacent };
}

/** Every public page's address and last change, for sitemap.xml. */
export async function getSitemapEntries() {
  "use cache";
  cacheTag(cacheTags.postLists, cacheTags.taxonomy);
  await publicLifetime();
  return listSitemapEntries();
}

/** Categories for navigation (names only matter here; their post counts are not shown). */
export async function getCategories() {
  "use cache";
  cacheTag(cacheTags.categories);
  await publicLifetime();
  return listCategories();
}

/** A public post with its body rendered and its library images measured, or null. */
export async function getPost(slug: string) {
  "use cache";
  cacheTag(cacheTags.postSlug(slug));
  await publicLifetime();
  const post = await getPublishedPostBySlug({ slug });
  if (!post) return null;
  cacheTag(cacheTags.post(post.id), cacheTags.postLikes(post.id), cacheTags.taxonomy);
  const { tree: body, images } = await renderPostBody(post.body);
  return { post, body, images };
}

/** The current slug of a public post that used to live at `slug`, or null. */
export async function getMovedPostSlug(slug: string) {
  "use cache";
  cacheTag(cacheTags.postSlug(slug));
  await publicLifetime();
  return getPostRedirect({ slug });
}

/** The current slug of a category that used to be at `slug`, or null. */
export async function getMovedCategorySlug(slug: string) {
  "use cache";
  cacheTag(cacheTags.category(slug), cacheTags.categories);
  await publicLifetime();
  return getCategoryRedirect({ slug });
}

/** The current address of an author whose page used to be at `slug`, or null. */
export async function getMovedAuthorSlug(slug: string) {
  "use cache";
  cacheTag(cacheTags.postLists);
  await publicLifetime();
  return getAuthorRedirect({ slug });
}

/**
 * The first page of a post's comment threads, oldest first, as every reader first sees them, and
 * the comments mark they were read at: a page cached from a render that raced a change carries
 * an old mark, and the browser, seeing the live one differ, fetches the threads again.
 */
export async function getFirstCommentThreads(postId: string) {
  "use cache";
  cacheTag(cacheTags.comments(postId));
  cacheLife({ stale: 300, revalidate: DAY, expire: 7 * DAY });
  const version = await getCommentsVersion({ postId });
  return { ...(await listCommentThreads({ postId })), version };
}

/** A comment's thread and post for its permalink page, or null. */
export async function getCommentPermalink(commentId: string) {
  "use cache";
  cacheTag(cacheTags.comment(commentId));
  await publicLifetime();
  const found = await getCommentThread({ commentId });
  if (found) cacheTag(cacheTags.comments(found.post.id), cacheTags.post(found.post.id));
  return found;
}

/**
 * An image's bytes and type. Stored images never change (a new upload gets a new id), so they
 * are cached for as long as Next keeps them: repeated requests skip the database.
 */
export async function getImage(id: string) {
  "use cache";
  cacheTag(cacheTags.image(id));
  cacheLife("max");
  return getImageFile({ id });
}

/**
 * A person's uploaded picture. Its address carries a version, so a new one is a new address; the
 * cached bytes go when the person uploads another, removes it or deletes their account.
 */
export async function getAvatar(userId: string) {
  "use cache";
  cacheTag(cacheTags.avatar(userId));
  cacheLife("max");
  return getAvatarFile({ userId });
}
