// Page 2 and later of a list whose first page is the route above; why a twin and not one
// [[...page]] route: docs/decisions/008-paged-list-routes-stay-twins.md.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorPage } from "@/components/blog/author-page";
import { getSitemapEntries, getAuthorPage } from "@/lib/content";
import { pagedTitle, pageMetadata } from "@/lib/metadata";
import { parseSlugAndPage } from "@/lib/params";
import { paths, site } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export async function generateStaticParams() {
  const { authors } = await getSitemapEntries();
  // At least one entry: see docs/architecture.md, "Static params".
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
