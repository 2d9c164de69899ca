"use server";

import { createElement } from "react";
import { CommentThread } from "@/components/comments/comment-threads";
import type { RenderedThread } from "@/components/comments/comments-context";
import { getListedThread, listCommentThreads, type CommentNode } from "@/db/queries/comments";
import { getEngagement } from "@/db/queries/engagement";
import { defineAction, ok } from "@/lib/actions";
import { loadCommentThreadSchema, loadCommentsSchema } from "./schema";

// Public reads (role "public"): they need no session, but their input is parsed like every other.
// They live apart from actions.ts because they render comment components, which import
// actions.ts themselves. They read the database directly, never the shared cache, so a reader
// who has just changed something sees it whatever the cache holds.

/** Visible comments on the post now, for the count beside threads read at the same moment. */
const commentCountOf = async (postId: string) => (await getEngagement({ postId, userId: null }))?.commentCount ?? 0;

const render = (thread: CommentNode, postId: string): RenderedThread => ({
  id: thread.id,
  node: createElement(CommentThread, { comment: thread, postId }),
});

/**
 * Comment threads in the chosen order: the first `limit`, or the `limit` after the thread
 * `after` ("Show more"). The threads holding the comments in `include` come back as `included`
 * when they are not among them: a reader's new comments beyond the threads they have loaded.
 */
export const loadComments = defineAction(
  {
    schema: loadCommentsSchema,
    role: "public",
    invalid: "Those comments could not be loaded. Please reload the page.",
  },
  async ({ postId, include, ...page }) => {
    const { threads, hasMore } = await listCommentThreads({ postId, ...page });
    const have = new Set(threads.map((t) => t.id));
    const included: RenderedThread[] = [];
    for (const commentId of include) {
      const thread = await getListedThread({ postId, commentId });
      if (!thread || have.has(thread.id)) continue;
      have.add(thread.id);
      included.push(render(thread, postId));
    }
    const commentCount = await commentCountOf(postId);
    return ok({ threads: threads.map((t) => render(t, postId)), hasMore, included, commentCount });
  },
);

/** The thread holding one comment, rendered afresh; null when nothing of it may be shown. */
export const loadCommentThread = defineAction(
  {
    schema: loadCommentThreadSchema,
    role: "public",
    invalid: "That comment could not be loaded. Please reload the page.",
  },
  async ({ postId, commentId }) => {
    const [thread, commentCount] = await Promise.all([getListedThread({ postId, commentId }), commentCountOf(postId)]);
    return ok({ thread: thread && render(thread, postId), commentCount });
  },
);
