import { getCommentThreads } from "@/lib/content";
import { padCount } from "@/lib/format";
import { CommentThread } from "./comment-thread";

/** "Leave a Comment" and "Comments (NN)": the shared, cacheable part of the discussion. */
export async function CommentSection({
  postId,
  commentCount,
  commentsMode,
}: {
  postId: string;
  commentCount: number;
  commentsMode: "open" | "locked" | "off";
}) {
  const { threads } = await getCommentThreads(postId, 1);
  return (
    <>
      <section id="leave-a-comment" aria-labelledby="leave-comment-heading" className="scroll-mt-24 border-t border-border pt-10">
        <h2 id="leave-comment-heading" className="font-serif text-2xl font-bold">
          Leave a Comment
        </h2>
        <p className="mt-3 text-muted">
          {commentsMode === "open"
            ? "Reader accounts are not open yet, so new comments are closed for now."
            : commentsMode === "locked"
              ? "This discussion is locked: comments stay visible, but no new ones can be added."
              : "Comments are turned off for this post."}
        </p>
      </section>
      <section id="comments" aria-labelledby="comments-heading" className="scroll-mt-24 border-t border-border pt-10">
        <h2 id="comments-heading" className="font-serif text-2xl font-bold">
          Comments ({padCount(commentCount)})
        </h2>
        {threads.length > 0 ? (
          <ol className="mt-6 space-y-4">
            {threads.map((thread) => (
              <CommentThread key={thread.id} comment={thread} />
            ))}
          </ol>
        ) : (
          <p className="mt-4 text-muted">No comments yet.</p>
        )}
      </section>
    </>
  );
}
