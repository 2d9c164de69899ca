"use client";

import { useRouter } from "next/navigation";
import { moderateComment } from "@/app/admin/(panel)/comments/actions";
import type { CommentModeration } from "@/db/queries/moderation";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { useAction } from "../ui/use-action";
import { ConfirmButton } from "./confirm-button";

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
  const { run, pending, message } = useAction(moderateComment);
  const button = (action: CommentModeration, label: string) => (
    <Button
      pending={pending}
      onClick={async () => {
        if ((await run({ commentId, action })).ok) router.refresh();
      }}
    >
      {label}
    </Button>
  );

  return (
    <div className="flex flex-wrap items-center gap-2">
      {status === "published" && !reviewed && button("approve", "Looks fine")}
      {status === "published" && button("hide", "Hide")}
      {status === "hidden" && button("unhide", "Unhide")}
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
      <FormError message={message} className="w-full" />
    </div>
  );
}
