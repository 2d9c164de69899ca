import { notFound, permanentRedirect } from "next/navigation";
import { getCategoryPage, getMovedCategorySlug } from "@/lib/content";
import { paths } from "@/lib/site";
import { PostListing } from "./post-listing";

/** A category's posts at any page number. */
export async function CategoryPage({ slug, page }: { slug: string; page: number }) {
  const data = await getCategoryPage(slug, page);
  if (!data) {
    // A renamed category's old address leads to its new one.
    const moved = await getMovedCategorySlug(slug);
    if (moved) permanentRedirect(paths.category(moved, page));
  }
  if (!data || (page > 1 && data.posts.items.length === 0)) notFound();
  const { category, posts } = data;
  return (
    <PostListing
      eyebrow="Category"
      title={category.name}
      description={category.description || undefined}
      posts={posts}
      href={(p) => paths.category(slug, p)}
      empty={`No posts in ${category.name} yet.`}
    />
  );
}
