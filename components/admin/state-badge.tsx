import { clsx } from "clsx";
import type { PostState } from "@/db/queries/admin-posts";

const styles: Record<PostState, string> = {
  draft: "bg-surface-2 text-muted",
  scheduled: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  published: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
};

const labels: Record<PostState, string> = { draft: "Draft", scheduled: "Scheduled", published: "Published" };

/** A post's state as a small coloured label (the word carries the meaning, not the colour). */
export function StateBadge({ state }: { state: PostState }) {
  return (
    <span className={clsx("inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium", styles[state])}>
      {labels[state]}
    </span>
  );
}
