"use client";

import { Heart, MessageCircle } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { clsx } from "clsx";
import { createContext, use, useCallback, useEffect, useRef, useState } from "react";
import { setLike } from "@/app/(blog)/posts/[slug]/actions";
import { signInHref } from "@/lib/auth/return-to";
import { formatCount } from "@/lib/count";
import { useViewer } from "../viewer/viewer-provider";

import type { Engagement } from "@/db/queries/engagement";
type LiveEngagement = Omit<Engagement, "commentsVersion"> & {
  /** The live comments mark; null until the browser has asked for it. */
  commentsVersion: string | null;
};
type EngagementState = LiveEngagement & {
  toggleLike: () => void;
  message: string;
  /** Takes a comment count read together with the threads the reader just changed. */
  settleCommentCount: (count: number) => void;
};

const EngagementContext = createContext<EngagementState | null>(null);

/**
 * Live counts for one post. The cached page brings the counts it was rendered with; after load
 * the browser asks for the live ones and the reader's own like. Likes change at once
 * (optimistic) and settle on the server's answer.
 */
export function EngagementProvider({
  postId,
  initial,
  children,
}: {
  postId: string;
  initial: { likeCount: number; commentCount: number };
  children: React.ReactNode;
}) {
  const [state, setState] = useState<LiveEngagement>({ ...initial, liked: false, commentsVersion: null });
  const [message, setMessage] = useState("");
  const { viewer, ready } = useViewer();
  const router = useRouter();
  const pathname = usePathname();
  const latest = useRef(0);

  // Once it is known who is reading (signed in or not), ask once for the live numbers.
  useEffect(() => {
    if (!ready) return;
    const request = ++latest.current;
    fetch(`/api/posts/${postId}/engagement`, { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<Engagement>) : null))
      .then((live) => live && request === latest.current && setState(live))
      .catch(() => {});
  }, [postId, ready, viewer?.id]);

  // The server-rendered count changes after a comment (the action refreshes the page): follow it.
  const [renderedCount, setRenderedCount] = useState(initial.commentCount);
  if (renderedCount !== initial.commentCount) {
    setRenderedCount(initial.commentCount);
    setState((s) => ({ ...s, commentCount: initial.commentCount }));
  }

  const toggleLike = useCallback(() => {
    if (ready && !viewer) {
      router.push(signInHref(`${pathname}#like`));
      return;
    }
    const liked = !state.liked;
    const request = ++latest.current;
    const apply = (to: boolean) =>
      setState((s) => ({ ...s, liked: to, likeCount: Math.max(0, s.likeCount + (to ? 1 : -1)) }));
    const rollBack = (message: string) => {
      if (request !== latest.current) return;
      apply(!liked);
      setMessage(message);
    };
    apply(liked);
    setMessage("");
    setLike({ postId, liked })
      .then((result) => {
        if (request !== latest.current) return;
        if (result.ok) {
          setState((s) => ({ ...s, liked: result.data.liked, likeCount: result.data.likeCount }));
        } else if (result.reason === "unauthenticated") {
          router.push(signInHref(`${pathname}#like`));
        } else {
          rollBack(result.message);
        }
      })
      .catch(() => rollBack("Could not save your like. Please try again."));
  }, [ready, viewer, state.liked, postId, router, pathname]);

  const settleCommentCount = useCallback((commentCount: number) => setState((s) => ({ ...s, commentCount })), []);

  return (
    <EngagementContext value={{ ...state, toggleLike, message, settleCommentCount }}>{children}</EngagementContext>
  );
}

/** The live comments mark (null until known, or outside a post's engagement). */
export function useLiveCommentsVersion(): string | null {
  return use(EngagementContext)?.commentsVersion ?? null;
}

/** The comment count's setter for the post's comments; null outside a post's engagement. */
export function useSettleCommentCount(): ((count: number) => void) | null {
  return use(EngagementContext)?.settleCommentCount ?? null;
}

function useEngagement(): EngagementState {
  const value = use(EngagementContext);
  if (!value) throw new Error("useEngagement must be used inside an EngagementProvider");
  return value;
}

/** The like button: a heart with the count, pressed when the reader likes the post. */
export function LikeButton({ variant = "default", id }: { variant?: "hero" | "default"; id?: string }) {
  const { liked, likeCount, toggleLike, message } = useEngagement();
  return (
    <span className="inline-flex items-center gap-3">
      <button
        id={id}
        type="button"
        aria-pressed={liked}
        onClick={toggleLike}
        className={clsx(
          "group inline-flex items-center gap-1.5 rounded-full transition-colors",
          variant === "hero" ? "-mx-1.5 px-1.5 py-0.5 hover:bg-white/15" : "border px-4 py-2 text-sm font-medium",
          variant === "default" &&
            (liked
              ? "border-accent bg-accent text-accent-fg"
              : "border-border bg-surface hover:border-accent hover:text-accent"),
        )}
      >
        <Heart
          aria-hidden
          className={clsx(
            "size-4 transition-transform group-active:scale-125 motion-reduce:transition-none",
            liked && "fill-current",
            liked && variant === "hero" && "text-rose-300",
          )}
        />
        <span className="sr-only">Like this post: </span>
        <span>{formatCount(likeCount, "Like")}</span>
      </button>
      {message && (
        <span role="alert" className="text-sm">
          {message}
        </span>
      )}
    </span>
  );
}

/** The live comment count: "7 Comments". */
export function CommentCount() {
  const { commentCount } = useEngagement();
  return (
    <span className="inline-flex items-center gap-1.5">
      <MessageCircle aria-hidden className="size-4 opacity-80" />
      {formatCount(commentCount, "Comment")}
    </span>
  );
}

/** The live count in the comments heading: "Comments (07)". */
export function CommentHeadingCount() {
  const { commentCount } = useEngagement();
  return <>{String(commentCount).padStart(2, "0")}</>;
}
