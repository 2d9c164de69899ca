import { notFound } from "next/navigation";
import { getAuthorPage } from "@/lib/content";
import { paths } from "@/lib/site";
import { Avatar } from "../ui/avatar";
import { PostListing } from "./post-listing";

/** An author's page: who they are, then their posts at any page number. */
export async function AuthorPage({ slug, page }: { slug: string; page: number }) {
  const data = await getAuthorPage(slug, page);
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
