import { notFound, redirect } from "next/navigation";
import { getAuthorPage, getMovedAuthorSlug } from "@/lib/content";
import { paths } from "@/lib/site";
import { Avatar } from "../ui/avatar";
import { PostListing } from "./post-listing";

/** An author's page: who they are, then their posts at any page number. */
export async function AuthorPage({ slug, page }: { slug: string; page: number }) {
  const data = await getAuthorPage(slug, page);
  if (!data) {
    // An author who changed their page's address: the old one leads to the new one. Temporarily
    // (307): the address is a person's, who may take it back or leave it to someone else, and
    // browsers keep a permanent redirect, which would then loop or lead to the wrong person.
    const moved = await getMovedAuthorSlug(slug);
    if (moved) redirect(paths.author(moved, page));
  }
  if (!data || (page > 1 && data.posts.items.length === 0)) notFound();
  const { author, posts } = data;
  return (
    <PostListing
      eyebrow="Author"
      title={author.name}
      description={author.bio ?? undefined}
      aside={<Avatar name={author.name} image={author.image} className="size-20 shrink-0 !text-2xl" />}
      posts={posts}
      href={(p) => paths.author(slug, p)}
      empty={`${author.name} has not published anything yet.`}
    />
  );
}
