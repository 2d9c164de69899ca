import Link from "next/link";
import { getCategories } from "@/lib/content";
import { paths, site } from "@/lib/site";

/** The footer: what the publication is, and where to go next. */
export async function SiteFooter() {
  const categories = await getCategories();
  const { name, description } = site();
  return (
    <footer className="mt-24 border-t border-border bg-surface">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:grid-cols-[2fr_1fr] sm:px-6">
        <div>
          <p className="font-serif text-xl font-bold">{name}</p>
          <p className="mt-2 max-w-md text-sm text-muted">{description}</p>
        </div>
        <nav aria-label="Footer">
          <h2 className="text-xs font-semibold tracking-widest text-muted uppercase">Read</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <Link href="/" className="hover:text-accent">
                Latest posts
              </Link>
            </li>
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={paths.category(c.slug)} className="hover:text-accent">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
