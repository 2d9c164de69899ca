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
  return (
    <ul className={clsx("flex flex-wrap items-center gap-x-3 gap-y-1 text-sm", className)}>
      {items.map(({ key, icon: Icon, content }) => (
        <li
          key={key}
          data-meta={key}
          className="flex items-center gap-1.5 not-first:before:mr-1.5 not-first:before:opacity-50 not-first:before:content-['·']"
        >
          {Icon && <Icon aria-hidden className="size-4 opacity-80" />}
          {content}
        </li>
      ))}
    </ul>
  );
}
