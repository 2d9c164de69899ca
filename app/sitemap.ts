import type { MetadataRoute } from "next";
import { getArchive, getSitemapEntries } from "@/lib/content";
import { absoluteUrl } from "@/lib/format";
import { paths } from "@/lib/site";

/**
 * Every public page a search engine should know: the home page, the archive, and each public
 * post, category, tag, author and month. Drafts, scheduled posts, search results and /admin are
 * never here (db/queries/sitemap decides who is public).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [entries, months] = await Promise.all([getSitemapEntries(), getArchive()]);
  const newest = entries.posts.reduce<Date | undefined>(
    (latest, p) => (!latest || p.lastModified > latest ? p.lastModified : latest),
    undefined,
  );
  const at = (path: string, lastModified?: Date) => ({ url: absoluteUrl(path), lastModified });
  return [
    at(paths.home(), newest),
    at(paths.archive(), newest),
    ...entries.posts.map((p) => at(paths.post(p.slug), p.lastModified)),
    ...entries.categories.map((c) => at(paths.category(c.slug), c.lastModified)),
    ...entries.tags.map((t) => at(paths.tag(t.slug), t.lastModified)),
    ...entries.authors.map((a) => at(paths.author(a.slug), a.lastModified)),
    ...months.map((m) => at(paths.archiveMonth(m.year, m.month), m.lastModified)),
  ];
}
