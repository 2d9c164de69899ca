import type { Page } from "@/db/queries/paging";
import type { PostSummary } from "@/db/queries/post-summary";
import { formatCount } from "@/lib/count";
import { Pagination } from "../ui/pagination";
import { PostGrid } from "./post-grid";

/**
 * A page of a list of posts (a category, tag, author or month): a header naming the list, the
 * posts, and numbered pages.
 */
export function PostListing({
  eyebrow,
  title,
  description,
  aside,
  posts,
  href,
  empty,
}: {
  eyebrow: string;
  title: string;
  description?: React.ReactNode;
  /** Shown beside the title, such as an author's picture. */
  aside?: React.ReactNode;
  posts: Page<PostSummary>;
  href: (page: number) => string;
  empty: string;
}) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
      <header className="mb-12 flex max-w-3xl items-start gap-6">
        {aside}
        <div>
          <p className="text-xs font-semibold tracking-widest text-accent uppercase">{eyebrow}</p>
          <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight text-balance sm:text-5xl">{title}</h1>
          {description && <div className="mt-4 text-lg text-muted">{description}</div>}
          <p className="mt-2 text-sm text-muted">
            {formatCount(posts.total, "post")}
            {posts.page > 1 && ` · page ${posts.page} of ${posts.pageCount}`}
          </p>
        </div>
      </header>
      {posts.items.length > 0 ? (
        <PostGrid posts={posts.items} />
      ) : (
        <p className="rounded-2xl border border-dashed border-border p-10 text-center text-muted">{empty}</p>
      )}
      <Pagination page={posts.page} pageCount={posts.pageCount} href={href} />
    </div>
  );
}
