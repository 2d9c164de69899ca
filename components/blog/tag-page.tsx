import { notFound } from "next/navigation";
import { getTagPage } from "@/lib/content";
import { paths } from "@/lib/site";
import { PostListing } from "./post-listing";

/** A tag's posts at any page number. */
export async function TagPage({ slug, page }: { slug: string; page: number }) {
  const data = await getTagPage(slug, page);
  if (!data || (page > 1 && data.posts.items.length === 0)) notFound();
  const { tag, posts } = data;
  return (
    <PostListing
      eyebrow="Tag"
      title={`#${tag.name}`}
      posts={posts}
      href={(p) => paths.tag(slug, p)}
      empty={`No posts tagged ${tag.name} yet.`}
    />
  );
}
