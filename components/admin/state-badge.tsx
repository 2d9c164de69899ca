import { clsx } from "clsx";
import type { PostState } from "@/db/queries/admin-posts";

type Tone = "neutral" | "waiting" | "good" | "bad";

const tones: Record<Tone, string> = {
  neutral: "bg-surface-2 text-muted",
  waiting: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  good: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  bad: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200",
};

/** A state as a small coloured label (the word carries the meaning, not the colour). */
export function Badge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <span className={clsx("inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium", tones[tone])}>{children}</span>
  );
}

const posts: Record<PostState, { tone: Tone; label: string }> = {
  draft: { tone: "neutral", label: "Draft" },
  scheduled: { tone: "waiting", label: "Scheduled" },
  published: { tone: "good", label: "Published" },
};

/** A post's state. */
export function StateBadge({ state }: { state: PostState }) {
  return <Badge tone={posts[state].tone}>{posts[state].label}</Badge>;
}
