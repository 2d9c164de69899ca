"use client";

import { createContext, use } from "react";
import type { CommentSort } from "@/db/queries/comment-sorts";

// The state of a post's comments, apart from the provider that fills it (comment-list.tsx): the
// cards read it, and the provider imports the loaders, which render cards.

/** A top-level thread rendered on the server, with its id for the client to merge by. */
export type RenderedThread = { id: string; node: React.ReactNode };

/** A change the reader has just made, to show where they made it. */
export type CommentChange = {
  kind: "comment" | "reply" | "edit" | "delete";
  /** The comment posted, edited or deleted. */
  commentId: string;
  /** The top-level thread it belongs to (for a new top-level comment, itself). */
  threadId: string;
};

export type View = {
  sort: CommentSort;
  threads: RenderedThread[];
  hasMore: boolean;
  /** The reader's own new threads that lie beyond the loaded ones, in the order they came. */
  included: RenderedThread[];
};

export type CommentsState = {
  view: View;
  pending: boolean;
  error: string | null;
  /** The reader's last change, once its result is on screen. */
  shown: CommentChange | null;
  loadMore: () => void;
  sortBy: (sort: CommentSort) => void;
  /** After the reader's own change: fetch its result and show it in place. */
  changed: (change: CommentChange) => void;
};

export const CommentsContext = createContext<CommentsState | null>(null);

/** The threads a reader has and what they can do with them; null outside a post's comments. */
export function useComments(): CommentsState | null {
  return use(CommentsContext);
}
