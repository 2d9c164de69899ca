import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { clsx } from "clsx";
import { pageWindow } from "@/lib/page-window";

/**
 * Numbered pages with previous/next links, in a labelled navigation landmark. The current page
 * is marked with aria-current; gaps in a long range are shown as an ellipsis that screen
 * readers skip.
 */
export function Pagination({
  page,
  pageCount,
  href,
  label = "Pagination",
  previous = "Newer posts",
  next = "Older posts",
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
  previous?: string;
  next?: string;
}) {
  if (pageCount <= 1) return null;
  const edge =
    "inline-flex items-center gap-1 rounded-full border border-border px-4 py-2 text-sm font-medium hover:border-accent hover:text-accent";
  const number = "inline-flex size-10 items-center justify-center rounded-full text-sm font-medium";
  return (
    <nav aria-label={label} className="mt-12 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={edge}>
          <ChevronLeft aria-hidden className="size-4" /> {previous}
        </Link>
      ) : (
        <span />
      )}
      <ol className="flex items-center gap-1">
        {pageWindow(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={clsx(number, "bg-accent text-accent-fg")}>
                  <span className="sr-only">Page </span>
                  {n}
                </span>
              ) : (
                <Link href={href(n)} className={clsx(number, "text-muted hover:bg-surface-2 hover:text-fg")}>
                  <span className="sr-only">Page </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={edge}>
          {next} <ChevronRight aria-hidden className="size-4" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
