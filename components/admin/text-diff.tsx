import { clsx } from "clsx";
import { diffLines, diffWords } from "diff";

/**
 * What changed between two texts: removed parts struck through in red, added parts in green, as
 * <del> and <ins> so screen readers announce them too.
 */
export function TextDiff({ before, after, by = "lines" }: { before: string; after: string; by?: "lines" | "words" }) {
  const parts = by === "lines" ? diffLines(before, after) : diffWords(before, after);
  if (parts.every((p) => !p.added && !p.removed)) return <p className="text-sm text-muted">No change.</p>;
  return (
    <div
      className={clsx(
        "overflow-x-auto rounded-lg border border-border bg-bg p-3 font-mono text-sm",
        by === "lines" && "whitespace-pre-wrap",
      )}
    >
      {parts.map((part, i) =>
        part.added ? (
          <ins
            key={i}
            className="bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-900/60 dark:text-emerald-50"
          >
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 text-red-950 dark:bg-red-900/60 dark:text-red-50">
            {part.value}
          </del>
        ) : (
          <span key={i} className={clsx(by === "lines" && "text-muted")}>
            {part.value}
          </span>
        ),
      )}
    </div>
  );
}
