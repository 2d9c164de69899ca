"use client";

import { Fragment, useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import { loadComments, loadCommentThread } from "@/app/(blog)/posts/[slug]/load-comments";
import type { CommentSort } from "@/db/queries/comment-sorts";
import { useLiveCommentsVersion, useSettleCommentCount } from "../post/engagement";
import { MAX_INCLUDED_THREADS, MAX_THREADS_PER_LOAD, THREADS_PER_PAGE } from "@/lib/comment-limits";
import { FormError } from "../ui/form-error";
import { CommentsContext, useComments, type CommentChange, type RenderedThread, type View } from "./comments-context";

const sortLabels: Record<CommentSort, string> = {
  oldest: "Oldest first",
  newest: "Newest first",
  replies: "Most replies",
};

/** Threads per "Show more comments"; the cached first page has as many. */

const announcements: Record<CommentChange["kind"], string> = {
  comment: "Your comment was posted.",
  reply: "Your reply was posted.",
  edit: "Your comment was updated.",
  delete: "Your comment was deleted.",
};

const withoutIds = (threads: RenderedThread[], ids: Set<string>) => threads.filter((t) => !ids.has(t.id));

/**
 * The comment threads a reader has in front of them. The first page comes with the cached page
 * (oldest first); other orders and further pages are rendered on the server on request. After
 * the reader's own change, the threads it touched are fetched again straight from the database,
 * so their comment, reply, edit or deletion shows where they made it (with the comment count read
 * at the same moment), whatever the shared cache holds and however many pages they had loaded.
 * And when the live comments mark differs from the one the first page was read at (a cached
 * page that missed a change), that page is fetched again the same way.
 */
export function CommentsProvider({
  postId,
  initial,
  hasMore,
  version,
  children,
}: {
  postId: string;
  initial: RenderedThread[];
  hasMore: boolean;
  /** The comments mark the initial threads were read at. */
  version: string;
  children: React.ReactNode;
}) {
  // Until the reader loads or changes anything, the server's first page is what they see, and
  // it follows the page's own refreshes.
  const [loaded, setLoaded] = useState<View | null>(null);
  const view = loaded ?? { sort: "oldest" as const, threads: initial, hasMore, included: [] };
  const [shown, setShown] = useState<CommentChange | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);
  const settleCommentCount = useSettleCommentCount();

  /** Runs one load; a later load wins over an earlier one that answers after it. */
  function run(load: () => Promise<string | null>) {
    const request = ++latest.current;
    setError(null);
    startTransition(async () => {
      const failure = await load().catch(
        () => "The comments could not be loaded. Please check your connection and try again.",
      );
      if (failure && request === latest.current) setError(failure);
    });
  }

  // A page served from the cache may predate the latest change: the live mark tells. Only the
  // untouched first page needs it; anything the reader loaded came from the database already.
  // Compared once, when the live mark arrives: the page's own later refreshes (after the reader's
  // changes) bring newer marks of their own and need no catching up.
  const liveVersion = useLiveCommentsVersion();
  const missedChanges = useEffectEvent((live: string) => live !== version);
  useEffect(() => {
    if (liveVersion === null || !missedChanges(liveVersion)) return;
    let current = true;
    loadComments({ postId, sort: "oldest", limit: THREADS_PER_PAGE })
      .then((result) => {
        if (!current || !result.ok) return;
        const { threads, hasMore, commentCount } = result.data;
        setLoaded((loaded) => loaded ?? { sort: "oldest", threads, hasMore, included: [] });
        settleCommentCount?.(commentCount);
      })
      // Failing to catch up leaves the cached page as it is: still a whole, readable page.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [liveVersion, postId, settleCommentCount]);

  function sortBy(sort: CommentSort) {
    run(async () => {
      const result = await loadComments({ postId, sort, limit: THREADS_PER_PAGE });
      if (!result.ok) return result.message;
      setLoaded({ sort, threads: result.data.threads, hasMore: result.data.hasMore, included: [] });
      return null;
    });
  }

  function loadMore() {
    const { sort, threads } = view;
    run(async () => {
      const result = await loadComments({ postId, sort, after: threads.at(-1)?.id, limit: THREADS_PER_PAGE });
      if (!result.ok) return result.message;
      setLoaded((current) => {
        const base = current ?? view;
        const have = new Set(base.threads.map((t) => t.id));
        const added = result.data.threads.filter((t) => !have.has(t.id));
        const reached = new Set(added.map((t) => t.id));
        return {
          ...base,
          threads: [...base.threads, ...added],
          hasMore: result.data.hasMore,
          included: withoutIds(base.included, reached),
        };
      });
      return null;
    });
  }

  function changed(change: CommentChange) {
    const { sort, threads, included } = view;
    run(async () => {
      if (change.kind === "comment") {
        // Where a new thread goes depends on the order: load the threads the reader has again,
        // and their new one with them even when it sorts beyond those.
        const result = await loadComments({
          postId,
          sort,
          limit: Math.min(MAX_THREADS_PER_LOAD, Math.max(THREADS_PER_PAGE, threads.length)),
          include: [...included.map((t) => t.id), change.threadId].slice(-MAX_INCLUDED_THREADS),
        });
        if (!result.ok) return result.message;
        setLoaded({ sort, threads: result.data.threads, hasMore: result.data.hasMore, included: result.data.included });
        settleCommentCount?.(result.data.commentCount);
      } else {
        const result = await loadCommentThread({ postId, commentId: change.threadId });
        if (!result.ok) return result.message;
        settleCommentCount?.(result.data.commentCount);
        const fresh = result.data.thread;
        const replace = (list: RenderedThread[]) =>
          list.flatMap((t) => (t.id === change.threadId ? (fresh ? [fresh] : []) : [t]));
        setLoaded((current) => {
          const base = current ?? view;
          return { ...base, threads: replace(base.threads), included: replace(base.included) };
        });
      }
      setShown(change);
      setAnnouncement(announcements[change.kind]);
      return null;
    });
  }

  return (
    <CommentsContext value={{ view, pending, error, shown, loadMore, sortBy, changed }}>
      {children}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </CommentsContext>
  );
}

/** The threads, their order, "Show more comments", and the reader's own threads beyond those. */
export function CommentList() {
  const comments = useComments();
  if (!comments) throw new Error("CommentList must be used inside a CommentsProvider");
  const { view, pending, error, loadMore, sortBy } = comments;
  if (view.threads.length === 0 && view.included.length === 0) {
    return <p className="mt-4 text-muted">No comments yet. Be the first to say something.</p>;
  }
  return (
    <div aria-busy={pending}>
      <div className="mt-4 flex items-center justify-end gap-2 text-sm">
        <label htmlFor="comment-sort" className="text-muted">
          Sort by
        </label>
        <select
          id="comment-sort"
          value={view.sort}
          onChange={(e) => sortBy(e.target.value as CommentSort)}
          className="rounded-lg border border-border bg-surface px-2 py-1.5"
        >
          {(Object.keys(sortLabels) as CommentSort[]).map((s) => (
            <option key={s} value={s}>
              {sortLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <ol className="mt-4 space-y-4">
        {view.threads.map((t) => (
          <Fragment key={t.id}>{t.node}</Fragment>
        ))}
      </ol>
      {view.hasMore && (
        <div className="mt-6 text-center">
          <button
            type="button"
            onClick={loadMore}
            disabled={pending}
            className="rounded-full border border-border px-5 py-2 text-sm font-medium hover:border-accent hover:text-accent disabled:opacity-60"
          >
            {pending ? "Loading…" : "Show more comments"}
          </button>
        </div>
      )}
      {view.included.length > 0 && (
        // Where the order puts them: after the threads not loaded yet.
        <ol aria-label="Your new comments" className="mt-6 space-y-4">
          {view.included.map((t) => (
            <Fragment key={t.id}>{t.node}</Fragment>
          ))}
        </ol>
      )}
      <FormError message={error ?? ""} className="mt-3" />
    </div>
  );
}
