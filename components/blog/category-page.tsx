import { notFound, permanentRedirect } from "next/navigation";
import { getCategoryPage, getMovedCategorySlug } from "@/lib/content";
import { paths } from "@/lib/site";
import { Pagination } from "../ui/pagination";
import { PostGrid } from "./post-grid";

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
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
      <header className="mb-12 max-w-2xl">
        <p className="text-xs font-semibold tracking-widest text-accent uppercase">Category</p>
        <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight sm:text-5xl">{category.name}</h1>
        {category.description && <p className="mt-4 text-lg text-muted">{category.description}</p>}
        <p className="mt-2 text-sm text-muted">
          {posts.total === 1 ? "1 post" : `${posts.total} posts`}
          {page > 1 && ` · page ${page}`}
        </p>
      </header>
      {posts.items.length > 0 ? (
        <PostGrid posts={posts.items} />
      ) : (
        <p className="rounded-2xl border border-dashed border-border p-10 text-center text-muted">
          No posts in {category.name} yet.
        </p>
      )}
      <Pagination page={page} pageCount={posts.pageCount} href={(p) => paths.category(slug, p)} />
    </div>
  );
}
