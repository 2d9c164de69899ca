import { Rss } from "lucide-react";
import Link from "next/link";
import { getCategories } from "@/lib/content";
import { paths, site } from "@/lib/site";
import { ThemeSwitch } from "./theme-switch";

/** The footer: what the publication is, where to go next, its feeds and profiles, and the theme. */
export async function SiteFooter() {
  const categories = await getCategories();
  const { name, description, socialLinks } = site();
  const heading = "text-xs font-semibold tracking-widest text-muted uppercase";
  return (
    <footer className="mt-24 border-t border-border bg-surface render-when-near">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:grid-cols-[2fr_1fr_1fr] sm:px-6">
        <div>
          <p className="font-serif text-xl font-bold">{name}</p>
          <p className="mt-2 max-w-md text-sm text-muted">{description}</p>
          <div className="mt-6">
            <ThemeSwitch />
          </div>
        </div>
        <nav aria-label="Footer">
          <h2 className={heading}>Read</h2>
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
            <li>
              <Link href={paths.archive()} className="hover:text-accent">
                Archive
              </Link>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className={heading}>Follow</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <a href={paths.feed("rss")} className="inline-flex items-center gap-1.5 hover:text-accent">
                <Rss aria-hidden className="size-4" /> RSS feed
              </a>
            </li>
            <li>
              <a href={paths.feed("atom")} className="inline-flex items-center gap-1.5 hover:text-accent">
                <Rss aria-hidden className="size-4" /> Atom feed
              </a>
            </li>
            {socialLinks.map((link) => (
              <li key={link.href}>
                <a href={link.href} rel="me noopener" className="hover:text-accent">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  );
}
