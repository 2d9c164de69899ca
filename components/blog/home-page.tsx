import { notFound } from "next/navigation";
import { getHomePage } from "@/lib/content";
import { paths, site } from "@/lib/site";
import { Pagination } from "../ui/pagination";
import { FeaturedPost } from "../post/featured-post";
import { PostGrid } from "./post-grid";

/** The home page at any page number: the featured post on page 1, then the grid. */
export async function HomePage({ page }: { page: number }) {
  const { featured, posts } = await getHomePage(page);
  if (page > 1 && posts.items.length === 0) notFound();
  const { name, description } = site();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className={page === 1 ? "sr-only" : "mb-10 font-serif text-3xl font-bold"}>
        {page === 1 ? `${name}: ${description}` : `Older posts, page ${page}`}
      </h1>
      {page === 1 && featured && <FeaturedPost post={featured} />}
      {!featured && (
        <p className="rounded-2xl border border-dashed border-border p-10 text-center text-muted">
          Nothing has been published yet.
        </p>
      )}
      {posts.items.length > 0 && (
        <section aria-labelledby="more-posts" className={page === 1 ? "mt-16" : undefined}>
          <h2 id="more-posts" className={page === 1 ? "mb-8 font-serif text-2xl font-bold" : "sr-only"}>
            More stories
          </h2>
          <PostGrid posts={posts.items} headingLevel={3} />
        </section>
      )}
      <Pagination page={page} pageCount={posts.pageCount} href={paths.home} />
    </div>
  );
}
