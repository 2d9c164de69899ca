import { clsx } from "clsx";
import type { CommentNode } from "@/db/queries/comments";
import { Avatar } from "../ui/avatar";
import { RelativeTime } from "../ui/relative-time";
import { CommentText } from "./comment-text";

/** Nesting shown on wide screens; deeper replies line up under this level. */
export const MAX_VISIBLE_DEPTH = 4;

const removedLabel = { hidden: "Comment hidden by a moderator", deleted: "Comment deleted" } as const;

/** One comment as a card, with its replies threaded beneath it. */
export function CommentThread({ comment, level = 0 }: { comment: CommentNode; level?: number }) {
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-24">
      <article
        aria-label={comment.author ? `Comment by ${comment.author.name}` : removedLabel[comment.status as "hidden" | "deleted"]}
        className="rounded-2xl border border-border bg-surface p-4 sm:p-5"
      >
        {comment.author && comment.body !== null ? (
          <>
            <header className="flex items-center gap-3">
              <Avatar name={comment.author.name} image={comment.author.image} className="size-9" />
              <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-semibold">{comment.author.name}</span>
                <a href={`#comment-${comment.id}`} className="text-muted hover:text-accent" aria-label="Link to this comment">
                  <RelativeTime dateTime={comment.createdAt.toISOString()} />
                </a>
                {comment.editedAt && <span className="text-muted">(edited)</span>}
              </div>
            </header>
            <div className="mt-3 font-serif text-[1.0625rem] leading-relaxed">
              <CommentText body={comment.body} />
            </div>
          </>
        ) : (
          <p className="text-sm text-muted italic">{removedLabel[comment.status as "hidden" | "deleted"]}</p>
        )}
      </article>
      {comment.replies.length > 0 && (
        <ol
          className={clsx(
            "mt-3 space-y-3",
            // A thin thread line; phones stop indenting after the second level, wide screens after MAX_VISIBLE_DEPTH.
            level < 2 && "ml-3 border-l-2 border-border pl-3 sm:ml-5 sm:pl-5",
            level >= 2 && level < MAX_VISIBLE_DEPTH - 1 && "sm:ml-5 sm:border-l-2 sm:border-border sm:pl-5",
          )}
        >
          {comment.replies.map((reply) => (
            <CommentThread key={reply.id} comment={reply} level={level + 1} />
          ))}
        </ol>
      )}
    </li>
  );
}
