import "server-only";
import { getCategoryBySlug } from "./categories";
import { getCommentThread } from "./comments";
import { countPublishedPosts, postAddressExists, type PostFilter } from "./posts";
import { getAuthorRedirect, getCategoryRedirect } from "./redirects";

/** A list of public posts that has pages: the home page's, or a category's, tag's, author's or month's. */
export type PostList =
  { of: "home" } | { of: "category" | "tag" | "author"; slug: string } | { of: "month"; year: number; month: number };

/** A public page whose address names something in the database. */
export type PublicAddress =
  { kind: "post"; slug: string } | { kind: "comment"; id: string } | { kind: "list"; list: PostList; page: number };

/** The posts a list shows, with months in `timeZone`. */
function filterOf(list: PostList, timeZone: string): PostFilter {
  if (list.of === "home") return {};
  if (list.of === "month") return { month: { year: list.year, month: list.month, timeZone } };
  if (list.of === "category") return { categorySlug: list.slug };
  if (list.of === "tag") return { tagSlug: list.slug };
  return { authorSlug: list.slug };
}

/**
 * Whether the page at an address shows something, by the rules the pages apply before they call
 * notFound(): a public post, or a slug one had before a rename; a comment whose thread its
 * permalink shows; a category (or a slug it had before a rename); a tag, author or month with
 * public posts, or an author's page address from before they changed it; and a list's page n only when its posts reach that page (`pageSize` a page, the
 * home page's list starting after its featured post).
 */
export async function publicAddressExists(
  address: PublicAddress,
  { pageSize, timeZone }: { pageSize: number; timeZone: string },
): Promise<boolean> {
  if (address.kind === "post") return postAddressExists({ slug: address.slug });
  if (address.kind === "comment") return (await getCommentThread({ commentId: address.id })) !== null;
  const { list, page } = address;
  if (list.of === "category") {
    if ((await getCategoryBySlug({ slug: list.slug })) === null)
      return (await getCategoryRedirect({ slug: list.slug })) !== null;
    if (page === 1) return true; // a category with no posts yet still has its page
  }
  const skipped = (list.of === "home" ? 1 : 0) + (page - 1) * pageSize;
  if ((await countPublishedPosts(filterOf(list, timeZone))) > skipped) return true;
  return list.of === "author" && (await getAuthorRedirect({ slug: list.slug })) !== null;
}
