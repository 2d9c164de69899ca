import { getFirstCommentThreads } from "@/lib/content";
import { CommentHeadingCount } from "../post/engagement";
import { CommentList, CommentsProvider } from "./comment-list";
import { CommentThread } from "./comment-threads";
import { LeaveAComment } from "./leave-a-comment";
import type { CommentsMode } from "@/db/enums";

/** "Leave a Comment" and "Comments (NN)": the shared, cacheable part of the discussion. */
export async function CommentSection({ postId, commentsMode }: { postId: string; commentsMode: CommentsMode }) {
  if (commentsMode === "off") return null;
  const page = await getFirstCommentThreads(postId);
  const initial = page.threads.map((thread) => ({
    id: thread.id,
    node: <CommentThread comment={thread} postId={postId} />,
  }));
  return (
    <CommentsProvider key={postId} postId={postId} initial={initial} hasMore={page.hasMore} version={page.version}>
      <section
        id="leave-a-comment"
        aria-labelledby="leave-comment-heading"
        className="scroll-mt-24 border-t border-border pt-10"
      >
        <h2 id="leave-comment-heading" className="mb-4 font-serif text-2xl font-bold">
          Leave a Comment
        </h2>
        {commentsMode === "open" ? (
          <LeaveAComment postId={postId} />
        ) : (
          <p className="text-muted">This discussion is locked: comments stay visible, but no new ones can be added.</p>
        )}
      </section>
      <section
        id="comments"
        aria-labelledby="comments-heading"
        className="scroll-mt-24 border-t border-border pt-10 render-when-near"
      >
        <h2 id="comments-heading" className="font-serif text-2xl font-bold">
          Comments (<CommentHeadingCount />)
        </h2>
        <CommentList />
      </section>
    </CommentsProvider>
  );
}
