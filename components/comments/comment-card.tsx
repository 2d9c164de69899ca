"use client";

import { clsx } from "clsx";
import { CircleCheck } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { deleteComment } from "@/app/(blog)/posts/[slug]/actions";
import { signInHref } from "@/lib/auth/return-to";
import { useViewer } from "../viewer/viewer-provider";
import { CommentComposer } from "./comment-composer";
import { useComments } from "./comments-context";

const quiet = "rounded px-1.5 py-0.5 text-xs font-medium text-muted hover:bg-surface-2 hover:text-fg";

/**
 * A comment card: the server-rendered header and text, and quiet actions. Reply for everyone
 * (signed-out readers are sent to sign in), Edit and Delete for the author only; the server
 * checks ownership again, whatever this shows. The reader's own new comment, reply or edit says
 * so on its card and is brought into view.
 */
const confirmations = {
  comment: "Your comment is posted",
  reply: "Your reply is posted",
  edit: "Your changes are saved",
};

export function CommentCard({
  postId,
  threadId,
  commentId,
  authorId,
  authorName,
  body,
  header,
  text,
}: {
  postId: string;
  threadId: string;
  commentId: string;
  authorId: string;
  authorName: string;
  body: string;
  header: React.ReactNode;
  text: React.ReactNode;
}) {
  const { viewer } = useViewer();
  const router = useRouter();
  const pathname = usePathname();
  const [mode, setMode] = useState<"view" | "reply" | "edit" | "confirm-delete">("view");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const mine = viewer?.id === authorId;
  const comments = useComments();
  const shown = comments?.shown?.commentId === commentId ? comments.shown : null;
  const confirmation = shown && shown.kind !== "delete" ? confirmations[shown.kind] : null;
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!shown || shown.kind === "delete" || !card.current) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    card.current.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    card.current.focus({ preventScroll: true });
  }, [shown]);

  function reply() {
    if (!viewer) router.push(signInHref(`${pathname}#comment-${commentId}`));
    else setMode("reply");
  }

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await deleteComment({ commentId });
      if (!result.ok) setError(result.message);
      else comments?.changed({ kind: "delete", commentId, threadId });
      setMode("view");
    });
  }

  return (
    <>
      <article
        ref={card}
        tabIndex={shown ? -1 : undefined}
        aria-label={`Comment by ${authorName}`}
        className={clsx(
          "rounded-2xl border bg-surface p-4 outline-none sm:p-5",
          confirmation ? "border-accent ring-2 ring-accent/30" : "border-border",
        )}
      >
        {header}
        <div className="mt-3 font-serif text-[1.0625rem] leading-relaxed">
          {mode === "edit" ? (
            <CommentComposer
              mode={{ kind: "edit", commentId, threadId, body }}
              autoFocus
              onDone={() => setMode("view")}
              onCancel={() => setMode("view")}
            />
          ) : (
            text
          )}
        </div>
        {confirmation && mode !== "edit" && (
          <p className="mt-3 inline-flex items-center gap-1.5 text-sm font-medium text-accent">
            <CircleCheck aria-hidden className="size-4" />
            {confirmation}
          </p>
        )}
        {mode !== "edit" && (
          <div className="mt-3 flex flex-wrap items-center gap-1">
            <button type="button" onClick={reply} className={quiet} aria-expanded={mode === "reply"}>
              Write a Reply
            </button>
            {mine && (
              <>
                <button type="button" onClick={() => setMode("edit")} className={quiet}>
                  Edit
                </button>
                {mode === "confirm-delete" ? (
                  <span role="group" aria-label="Confirm deletion" className="inline-flex items-center gap-1 text-xs">
                    <span className="text-muted">Delete this comment?</span>
                    <button
                      type="button"
                      onClick={remove}
                      disabled={pending}
                      className={`${quiet} text-red-700 dark:text-red-400`}
                    >
                      {pending ? "Deleting…" : "Yes, delete"}
                    </button>
                    <button type="button" onClick={() => setMode("view")} className={quiet}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setMode("confirm-delete")} className={quiet}>
                    Delete
                  </button>
                )}
              </>
            )}
            {error && (
              <span role="alert" className="text-xs text-red-700 dark:text-red-400">
                {error}
              </span>
            )}
          </div>
        )}
      </article>
      {mode === "reply" && (
        <div className="mt-3 ml-3 sm:ml-5">
          <CommentComposer
            mode={{ kind: "reply", postId, threadId, parentId: commentId, parentName: authorName }}
            autoFocus
            onDone={() => setMode("view")}
            onCancel={() => setMode("view")}
          />
        </div>
      )}
    </>
  );
}
