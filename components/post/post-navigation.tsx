import { ArrowLeft, ArrowRight } from "lucide-react";
import Link from "next/link";
import type { AdjacentPost } from "@/db/queries/posts";
import { paths } from "@/lib/site";

/** Links to the posts published just before and after this one. */
export function PostNavigation({ previous, next }: { previous: AdjacentPost | null; next: AdjacentPost | null }) {
  if (!previous && !next) return null;
  const card = "group flex flex-col gap-1 rounded-2xl border border-border p-5 hover:border-accent";
  return (
    <nav aria-label="Previous and next posts" className="grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link href={paths.post(previous.slug)} rel="prev" className={card}>
          <span className="inline-flex items-center gap-1 text-sm text-muted">
            <ArrowLeft aria-hidden className="size-4" /> Previous post
          </span>
          <span className="font-serif text-lg font-bold group-hover:text-accent">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={paths.post(next.slug)} rel="next" className={`${card} sm:text-right`}>
          <span className="inline-flex items-center gap-1 text-sm text-muted sm:justify-end">
            Next post <ArrowRight aria-hidden className="size-4" />
          </span>
          <span className="font-serif text-lg font-bold group-hover:text-accent">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
