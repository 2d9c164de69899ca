import Link from "next/link";
import { getCategories } from "@/lib/content";
import { paths, site } from "@/lib/site";
import { SearchForm } from "../search/search-form";
import { UserMenu } from "./user-menu";

/** The header every public page shares: wordmark, search and category navigation. Reads no request data. */
export async function SiteHeader() {
  const categories = await getCategories();
  const navLink = "block rounded-full px-3 py-1.5 text-muted transition-colors hover:bg-surface-2 hover:text-fg";
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-bg/90 backdrop-blur supports-[backdrop-filter]:bg-bg/75">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight">
          {site().name}
        </Link>
        <div className="flex items-center gap-3 lg:order-last">
          <SearchForm id="site-search" className="w-40 sm:w-56" />
          <UserMenu />
        </div>
        <nav aria-label="Sections" className="-mx-2 w-full overflow-x-auto lg:w-auto">
          <ul className="flex items-center gap-1 text-sm font-medium">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={paths.category(c.slug)} className={navLink}>
                  {c.name}
                </Link>
              </li>
            ))}
            <li>
              <Link href={paths.archive()} className={navLink}>
                Archive
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
