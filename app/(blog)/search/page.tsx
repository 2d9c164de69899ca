import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Pill } from "@/components/ui/pill";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/search/search-form";
import { Snippet } from "@/components/search/snippet";
import { PostMeta } from "@/components/post/post-meta";
import { searchPosts } from "@/db/queries/search";
import { formatCount } from "@/lib/count";
import { pageMetadata } from "@/lib/metadata";
import { first, pageQuerySchema, textQuerySchema } from "@/lib/search-params";
import { paths, site } from "@/lib/site";

// Results depend on the query string: the page renders on every request.
export const instant = false;

export function generateMetadata(): Metadata {
  // Result pages are for readers, not for search engines' indexes.
  return pageMetadata({
    title: "Search",
    description: `Search everything ${site().name} has published.`,
    path: paths.search(),
    noindex: true,
  });
}

const SEARCH_PAGE_SIZE = 10;

export default async function Search({ searchParams }: PageProps<"/search">) {
  const params = await searchParams;
  const query = textQuerySchema.parse(first(params.q));
  const page = pageQuerySchema.parse(first(params.page));
  // A search reads the database for this request alone (its results are not cached): say so, so
  // that Next does not treat the driver's own clock reads as part of a prerender.
  if (query) await connection();
  const results = query ? await searchPosts({ query, page, pageSize: SEARCH_PAGE_SIZE }) : null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">Search</h1>
      <SearchForm id="search-page-query" size="lg" defaultValue={query} className="mt-6" />
      {!results ? (
        <div className="mt-8 space-y-2 text-muted">
          <p>Search titles, summaries and the full text of every post.</p>
          <p>
            Use <q>quotes</q> for an exact phrase, <kbd className="font-mono">-word</kbd> to leave a word out, and{" "}
            <kbd className="font-mono">or</kbd> for either word. Or browse{" "}
            <Link href={paths.archive()} className="text-accent underline underline-offset-2">
              the archive
            </Link>
            .
          </p>
        </div>
      ) : (
        <>
          <p role="status" className="mt-8 text-sm text-muted">
            {results.total === 0 ? (
              <>Nothing matches “{query}”.</>
            ) : (
              <>
                {formatCount(results.total, "post")} {results.total === 1 ? "matches" : "match"} “{query}”
                {results.pageCount > 1 && ` · page ${results.page} of ${results.pageCount}`}
              </>
            )}
          </p>
          {results.total === 0 ? (
            <div className="mt-4 rounded-2xl border border-dashed border-border p-8 text-muted">
              <p>Check the spelling, try fewer or more general words, or leave out a word.</p>
              <p className="mt-2">
                You can also browse{" "}
                <Link href={paths.archive()} className="text-accent underline underline-offset-2">
                  every post by month
                </Link>
                .
              </p>
            </div>
          ) : (
            <ol className="mt-6 divide-y divide-border">
              {results.items.map((post) => (
                <li key={post.id} className="py-6">
                  <article>
                    <Pill href={paths.category(post.category.slug)}>{post.category.name}</Pill>
                    <h2 className="mt-2 font-serif text-2xl font-bold tracking-tight">
                      <Link href={paths.post(post.slug)} className="hover:text-accent">
                        {post.title}
                      </Link>
                    </h2>
                    <p className="mt-2 text-muted">
                      <Snippet text={post.snippet} />
                    </p>
                    <PostMeta publishedAt={post.publishedAt} words={post.words} className="mt-3 text-muted" />
                  </article>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            href={(p) => paths.search(query, p)}
            label="Search result pages"
            previous="Previous results"
            next="More results"
          />
        </>
      )}
    </div>
  );
}
