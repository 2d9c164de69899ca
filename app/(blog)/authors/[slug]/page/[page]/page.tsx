import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorPage } from "@/components/blog/author-page";
import { getSitemapEntries, getAuthorPage } from "@/lib/content";
import { pagedTitle, pageMetadata } from "@/lib/metadata";
import { parseSlugAndPage } from "@/lib/params";
import { paths, site } from "@/lib/site";

// The page awaits its params before rendering anything; navigations into it may wait for the
// server. proxy.ts sends addresses with nothing there to the 404 page before it runs; its
// notFound() is the fallback for what changed since (see README, "Not found").
export const instant = false;

export async function generateStaticParams() {
  const { authors } = await getSitemapEntries();
  // Cache Components needs at least one entry; other pages render on first visit and are cached.
  return [{ slug: authors[0]?.slug ?? "none", page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/authors/[slug]/page/[page]">): Promise<Metadata> {
  const at = parseSlugAndPage(await params);
  const data = at ? await getAuthorPage(at.slug, at.page) : null;
  if (!at || !data) return {};
  return pageMetadata({
    title: pagedTitle(data.author.name, at.page),
    description: `Posts by ${data.author.name} on ${site().name}, page ${at.page}.`,
    path: paths.author(at.slug, at.page),
  });
}

export default async function AuthorPaged({ params }: PageProps<"/authors/[slug]/page/[page]">) {
  const at = parseSlugAndPage(await params);
  if (!at) notFound();
  return <AuthorPage slug={at.slug} page={at.page} />;
}
