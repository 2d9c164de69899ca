import type { Metadata } from "next";
import Link from "next/link";
import { getArchive } from "@/lib/content";
import { formatCount } from "@/lib/count";
import { formatMonth } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { paths, site } from "@/lib/site";

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Archive",
    description: `Everything ${site().name} has published, month by month.`,
    path: paths.archive(),
  });
}

/** Every month with posts, grouped by year, newest first. */
export default async function Archive() {
  const months = await getArchive();
  const years = [...new Set(months.map((m) => m.year))];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <header className="mb-10">
        <p className="text-xs font-semibold tracking-widest text-accent uppercase">Archive</p>
        <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight sm:text-5xl">Every post, by month</h1>
      </header>
      {years.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-border p-10 text-center text-muted">
          Nothing has been published yet.
        </p>
      ) : (
        <div className="space-y-10">
          {years.map((year) => (
            <section key={year} aria-labelledby={`year-${year}`}>
              <h2 id={`year-${year}`} className="font-serif text-2xl font-bold">
                {year}
              </h2>
              <ul className="mt-4 divide-y divide-border border-y border-border">
                {months
                  .filter((m) => m.year === year)
                  .map((m) => (
                    <li key={m.month}>
                      <Link
                        href={paths.archiveMonth(m.year, m.month)}
                        className="flex items-baseline justify-between gap-4 py-3 hover:text-accent"
                      >
                        <span className="font-medium">{formatMonth(m.year, m.month)}</span>
                        <span className="text-sm text-muted">{formatCount(m.count, "post")}</span>
                      </Link>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
