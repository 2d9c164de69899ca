"use client";

import { useRouter } from "next/navigation";
import { restoreRevision } from "@/app/admin/(panel)/posts/actions";
import { ConfirmButton } from "./confirm-button";

/** Restores a revision after confirmation, then opens the editor on the restored text. */
export function RestoreRevisionButton({
  postId,
  revisionId,
  savedAt,
}: {
  postId: string;
  revisionId: string;
  savedAt: string;
}) {
  const router = useRouter();
  return (
    <ConfirmButton
      tone="secondary"
      label="Restore this revision"
      title="Restore this revision?"
      description={`The title, excerpt and body saved ${savedAt} replace the current ones. The current text stays in the revision history.`}
      confirmLabel="Restore"
      action={() => restoreRevision({ postId, revisionId })}
      onDone={() => router.push(`/admin/posts/${postId}`)}
    />
  );
}
