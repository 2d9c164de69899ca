import { notFound } from "next/navigation";
import { getArchiveMonthPage } from "@/lib/content";
import { formatMonth } from "@/lib/format";
import { paths } from "@/lib/site";
import { PostListing } from "./post-listing";

/** One month's posts at any page number; a month with none is not a page. */
export async function ArchiveMonthPage({ year, month, page }: { year: number; month: number; page: number }) {
  const posts = await getArchiveMonthPage(year, month, page);
  if (posts.items.length === 0) notFound();
  return (
    <PostListing
      eyebrow="Archive"
      title={formatMonth(year, month)}
      posts={posts}
      href={(p) => paths.archiveMonth(year, month, p)}
      empty=""
    />
  );
}
