import { clsx } from "clsx";
import Link from "next/link";
import type { CommentNode } from "@/db/queries/comments";
import { paths } from "@/lib/site";
import { Avatar } from "../ui/avatar";
import { RelativeTime } from "../ui/relative-time";
import { CommentCard } from "./comment-card";
import { CommentText } from "./comment-text";
import { ReplyToggle } from "./reply-toggle";

/** Levels of nesting shown; replies deeper than this line up under the last level. */
export const MAX_VISIBLE_DEPTH = 4;

const removedLabel = { hidden: "Comment hidden by a moderator", deleted: "Comment deleted" } as const;

/** Every reply under a comment, in time order, for showing flattened at the deepest level. */
function descendants(node: CommentNode): CommentNode[] {
  return node.replies
    .flatMap((r) => [r, ...descendants(r)])
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function countReplies(node: CommentNode): number {
  return node.replies.reduce((n, r) => n + 1 + countReplies(r), 0);
}

function Comment({
  comment,
  postId,
  threadId,
  showReplyTo,
}: {
  comment: CommentNode;
  postId: string;
  threadId: string;
  showReplyTo: boolean;
}) {
  if (!comment.author || comment.body === null) {
    const label = removedLabel[comment.status as keyof typeof removedLabel];
    return (
      <article aria-label={label} className="rounded-2xl border border-dashed border-border px-4 py-3 sm:px-5">
        <p className="text-sm text-muted italic">{label}</p>
      </article>
    );
  }
  const header = (
    <header className="flex items-center gap-3">
      <Avatar name={comment.author.name} image={comment.author.image} className="size-9" />
      <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold">{comment.author.name}</span>
        {showReplyTo && comment.replyTo && <span className="text-muted">replying to {comment.replyTo}</span>}
        <Link href={paths.comment(comment.id)} className="text-muted hover:text-accent">
          <RelativeTime dateTime={comment.createdAt.toISOString()} />
          <span className="sr-only"> (permalink)</span>
        </Link>
        {comment.editedAt && <span className="text-muted">· edited</span>}
      </div>
    </header>
  );
  return (
    <CommentCard
      postId={postId}
      threadId={threadId}
      commentId={comment.id}
      authorId={comment.author.id}
      authorName={comment.author.name}
      body={comment.body}
      header={header}
      text={<CommentText body={comment.body} />}
    />
  );
}

/** One comment with its replies threaded beneath it; deep replies flatten at MAX_VISIBLE_DEPTH. */
export function CommentThread({
  comment,
  postId,
  threadId = comment.id,
  level = 0,
  showReplyTo = false,
}: {
  comment: CommentNode;
  postId: string;
  /** The top-level comment of this thread. */
  threadId?: string;
  level?: number;
  showReplyTo?: boolean;
}) {
  const lastLevel = level >= MAX_VISIBLE_DEPTH - 1;
  const replies = lastLevel ? descendants(comment) : comment.replies;
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-24">
      <Comment comment={comment} postId={postId} threadId={threadId} showReplyTo={showReplyTo} />
      {replies.length > 0 && (
        <ReplyToggle count={countReplies(comment)}>
          <ol
            className={clsx(
              "mt-3 space-y-3",
              // A thin thread line; phones stop indenting after the second level.
              level < 2 && "ml-3 border-l-2 border-border pl-3 sm:ml-5 sm:pl-5",
              level >= 2 && !lastLevel && "sm:ml-5 sm:border-l-2 sm:border-border sm:pl-5",
            )}
          >
            {lastLevel
              ? replies.map((reply) => (
                  <CommentThread
                    key={reply.id}
                    comment={{ ...reply, replies: [] }}
                    postId={postId}
                    threadId={threadId}
                    level={level + 1}
                    showReplyTo
                  />
                ))
              : replies.map((reply) => (
                  <CommentThread
                    key={reply.id}
                    comment={reply}
                    postId={postId}
                    threadId={threadId}
                    level={level + 1}
                    showReplyTo={level + 1 >= 2}
                  />
                ))}
          </ol>
        </ReplyToggle>
      )}
    </li>
  );
}
