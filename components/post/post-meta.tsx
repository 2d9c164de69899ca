import { CalendarDays, Clock, Heart, MessageCircle } from "lucide-react";
import { clsx } from "clsx";
import { formatCount } from "@/lib/count";
import { formatDate } from "@/lib/format";
import { readingMinutes } from "@/lib/reading-time";
import { CommentCount, LikeButton } from "./engagement";

/** Date, reading time and, where asked, likes and comments, with small icons between them. */
export function PostMeta({
  publishedAt,
  words,
  likeCount,
  commentCount,
  live = false,
  className,
}: {
  publishedAt: Date;
  words: number;
  likeCount?: number;
  commentCount?: number;
  /** Inside a post's EngagementProvider: the like button and live counts replace the numbers. */
  live?: boolean;
  className?: string;
}) {
  const items = [
    {
      key: "date",
      icon: CalendarDays,
      content: <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt)}</time>,
    },
    { key: "reading", icon: Clock, content: `${readingMinutes(words)} min read` },
    ...(live
      ? [
          { key: "likes", icon: null, content: <LikeButton variant="hero" /> },
          { key: "comments", icon: null, content: <CommentCount /> },
        ]
      : [
          ...(likeCount === undefined ? [] : [{ key: "likes", icon: Heart, content: formatCount(likeCount, "Like") }]),
          ...(commentCount === undefined
            ? []
            : [{ key: "comments", icon: MessageCircle, content: formatCount(commentCount, "Comment") }]),
        ]),
  ];
  // Every item starts with its "·" in a 1.25rem box. The list sits 1.25rem to the left and is
  // clipped there, so the dot of whichever item starts a line (the first, or one that wrapped)
  // is cut off: no line ever starts with a separator. Focus rings keep room on every side.
  return (
    <ul
      className={clsx(
        "-ml-5 flex flex-wrap items-center gap-y-1 text-sm [clip-path:inset(-1rem_-1rem_-1rem_1rem)]",
        className,
      )}
    >
      {items.map(({ key, icon: Icon, content }) => (
        <li
          key={key}
          data-meta={key}
          className="flex items-center gap-1.5 before:-mr-1.5 before:w-5 before:text-center before:opacity-50 before:content-['·']"
        >
          {Icon && <Icon aria-hidden className="size-4 opacity-80" />}
          {content}
        </li>
      ))}
    </ul>
  );
}
