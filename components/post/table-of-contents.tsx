import { clsx } from "clsx";
import type { TocEntry } from "@/lib/toc";

/** "On this page": links to the post's sections, nested one level for h3s. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-labelledby="toc-heading" className="rounded-2xl border border-border bg-surface p-5 sm:p-6">
      <h2 id="toc-heading" className="text-xs font-semibold tracking-widest text-muted uppercase">
        On this page
      </h2>
      <ol className="mt-3 space-y-2 text-sm">
        {entries.map((entry) => (
          <li key={entry.id} className={clsx(entry.level === 3 && "pl-4")}>
            <a href={`#${entry.id}`} className="text-fg underline-offset-2 hover:text-accent hover:underline">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
