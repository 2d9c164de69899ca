"use client";

import { useState, useTransition } from "react";
import { loadComments } from "@/app/(blog)/posts/[slug]/actions";
import type { CommentSort } from "@/db/queries/comment-sorts";

const sortLabels: Record<CommentSort, string> = { oldest: "Oldest first", newest: "Newest first", replies: "Most replies" };

/**
 * The comment threads: the first page comes with the cached page (oldest first); other orders
 * and further pages are rendered on the server on request.
 */
export function CommentList({
  postId,
  hasMore: initialHasMore,
  children,
}: {
  postId: string;
  hasMore: boolean;
  children: React.ReactNode;
}) {
  const [sort, setSort] = useState<CommentSort>("oldest");
  const [pages, setPages] = useState<React.ReactNode[] | null>(null);
  const [page, setPage] = useState(1);
  const [hasMore, setHasMore] = useState(initialHasMore);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function load(nextSort: CommentSort, nextPage: number) {
    setError(null);
    startTransition(async () => {
      const result = await loadComments({ postId, page: nextPage, sort: nextSort });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setPages((current) =>
        nextPage === 1 ? [result.data.threads] : [...(current ?? [children]), result.data.threads],
      );
      setSort(nextSort);
      setPage(nextPage);
      setHasMore(result.data.hasMore);
    });
  }

  return (
    <div aria-busy={pending}>
      <div className="mt-4 flex items-center justify-end gap-2 text-sm">
        <label htmlFor="comment-sort" className="text-muted">
          Sort by
        </label>
        <select
          id="comment-sort"
          value={sort}
          onChange={(e) => load(e.target.value as CommentSort, 1)}
          className="rounded-lg border border-border bg-surface px-2 py-1.5"
        >
          {(Object.keys(sortLabels) as CommentSort[]).map((s) => (
            <option key={s} value={s}>
              {sortLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <ol className="mt-4 space-y-4">{pages ?? children}</ol>
      {hasMore && (
        <div className="mt-6 text-center">
          <button
            type="button"
            onClick={() => load(sort, page + 1)}
            disabled={pending}
            className="rounded-full border border-border px-5 py-2 text-sm font-medium hover:border-accent hover:text-accent disabled:opacity-60"
          >
            {pending ? "Loading…" : "Show more comments"}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
