"use client";

import { clsx } from "clsx";
import { useId, useState, useTransition } from "react";
import { addComment, editComment } from "@/app/(blog)/posts/[slug]/actions";
import { HONEYPOT_FIELD, MAX_COMMENT_LENGTH } from "@/lib/comment-limits";
import { FormError } from "../ui/form-error";
import { useComments } from "./comments-context";

type Mode =
  | { kind: "comment"; postId: string }
  | { kind: "reply"; postId: string; threadId: string; parentId: string; parentName: string }
  | { kind: "edit"; commentId: string; threadId: string; body: string };

const labels = {
  comment: { field: "Your comment", submit: "Post comment", busy: "Posting…" },
  reply: { field: "Your reply", submit: "Post reply", busy: "Posting…" },
  edit: { field: "Edit your comment", submit: "Save changes", busy: "Saving…" },
} as const;

/**
 * The form for a comment, a reply or an edit. The text is the component's state, so a rejected
 * submission keeps every character; errors are tied to the field and announced. On a post page
 * the result is shown (and announced) where it lands; elsewhere the page's refresh shows it.
 */
export function CommentComposer({
  mode,
  onDone,
  onCancel,
  autoFocus = false,
}: {
  mode: Mode;
  onDone?: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const [body, setBody] = useState(mode.kind === "edit" ? mode.body : "");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  const comments = useComments();
  const id = useId();
  const text = labels[mode.kind];
  const remaining = MAX_COMMENT_LENGTH - body.length;

  function submit(formData: FormData) {
    setError(null);
    setStatus("");
    startTransition(async () => {
      if (mode.kind === "edit") {
        const result = await editComment({ commentId: mode.commentId, body });
        if (!result.ok) return setError(result.fieldErrors?.body?.[0] ?? result.message);
        comments?.changed({ kind: "edit", commentId: mode.commentId, threadId: mode.threadId });
        if (!comments) setStatus("Your comment was updated.");
      } else {
        const result = await addComment({
          postId: mode.postId,
          parentId: mode.kind === "reply" ? mode.parentId : "",
          body,
          [HONEYPOT_FIELD]: String(formData.get(HONEYPOT_FIELD) ?? ""),
        });
        if (!result.ok) {
          return setError(result.fieldErrors?.body?.[0] ?? result.fieldErrors?.[HONEYPOT_FIELD]?.[0] ?? result.message);
        }
        setBody("");
        const commentId = result.data.id;
        comments?.changed(
          mode.kind === "reply"
            ? { kind: "reply", commentId, threadId: mode.threadId }
            : { kind: "comment", commentId, threadId: commentId },
        );
        if (!comments) setStatus("Your comment was posted.");
      }
      onDone?.();
    });
  }

  return (
    <form action={submit} noValidate className="space-y-3">
      <label htmlFor={`${id}-body`} className={clsx("block text-sm font-medium", mode.kind !== "comment" && "sr-only")}>
        {mode.kind === "reply" ? `Reply to ${mode.parentName}` : text.field}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={mode.kind === "comment" ? 5 : 3}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${error ? `${id}-error` : ""}`.trim()}
        placeholder={mode.kind === "reply" ? `Reply to ${mode.parentName}…` : "Share your thoughts…"}
        className="block w-full resize-y rounded-xl border border-border bg-surface px-4 py-3 font-serif text-base leading-relaxed shadow-inner outline-none focus:border-accent focus:ring-2 focus:ring-accent/30 aria-[invalid]:border-red-600"
      />
      {/* People never see this field; naive bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-hp`}>Leave this empty</label>
        <input id={`${id}-hp`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p
          id={`${id}-hint`}
          className={clsx("text-xs", remaining < 0 ? "font-semibold text-red-700 dark:text-red-400" : "text-muted")}
        >
          {remaining >= 0
            ? `${remaining.toLocaleString("en-US")} characters left`
            : `${(-remaining).toLocaleString("en-US")} characters over the limit`}
        </p>
        <div className="flex items-center gap-2">
          {onCancel && (
            <button
              type="button"
              onClick={onCancel}
              className="rounded-full px-4 py-2 text-sm font-medium text-muted hover:text-fg"
            >
              Cancel
            </button>
          )}
          <button
            type="submit"
            disabled={pending}
            className="rounded-full bg-accent px-5 py-2 text-sm font-semibold text-accent-fg hover:opacity-90 disabled:opacity-60"
          >
            {pending ? text.busy : text.submit}
          </button>
        </div>
      </div>
      <FormError id={`${id}-error`} message={error ?? ""} />
      <p role="status" className="sr-only">
        {status}
      </p>
    </form>
  );
}
