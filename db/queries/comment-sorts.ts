/** The orders a reader can choose for comment threads (shared with client code: no server imports). */
export const commentSorts = ["oldest", "newest", "replies"] as const;
export type CommentSort = (typeof commentSorts)[number];
