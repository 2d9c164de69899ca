"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { moderateComment } from "@/app/admin/(panel)/comments/actions";
import type { CommentModeration } from "@/db/queries/moderation";
import { ConfirmButton } from "./confirm-button";
import { buttonClass } from "./page-title";

/** The moderation buttons of one comment; failures are said in place. */
export function CommentModerationButtons({
  commentId,
  status,
  reviewed,
}: {
  commentId: string;
  status: "published" | "hidden" | "deleted";
  reviewed: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");
  const run = (action: CommentModeration) => () =>
    startTransition(async () => {
      const result = await moderateComment({ commentId, action });
      if (result.ok) {
        setError("");
        router.refresh();
      } else setError(result.message);
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {status === "published" && !reviewed && (
        <button type="button" disabled={pending} onClick={run("approve")} className={buttonClass.secondary}>
          Looks fine
        </button>
      )}
      {status === "published" && (
        <button type="button" disabled={pending} onClick={run("hide")} className={buttonClass.secondary}>
          Hide
        </button>
      )}
      {status === "hidden" && (
        <button type="button" disabled={pending} onClick={run("unhide")} className={buttonClass.secondary}>
          Unhide
        </button>
      )}
      {status !== "deleted" && (
        <ConfirmButton
          label="Delete"
          title="Delete this comment?"
          description="Its text is removed for good. Replies under it stay, under a “comment deleted” marker."
          confirmLabel="Delete comment"
          action={() => moderateComment({ commentId, action: "delete" })}
          onDone={() => router.refresh()}
        />
      )}
      <p role="alert" className="w-full text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
        {error}
      </p>
    </div>
  );
}
