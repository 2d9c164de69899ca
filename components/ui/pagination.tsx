import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";

/** Previous/next page links with the current position, in a labelled navigation landmark. */
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
  const linkClass =
    "inline-flex items-center gap-1 rounded-full border border-border px-4 py-2 text-sm font-medium hover:border-accent hover:text-accent";
  return (
    <nav aria-label={label} className="mt-12 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          <ChevronLeft aria-hidden className="size-4" /> {previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted" aria-current="page">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {next} <ChevronRight aria-hidden className="size-4" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
