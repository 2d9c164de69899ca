import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorPage } from "@/components/blog/author-page";
import { getAuthorPage, getSitemapEntries } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { slugParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// The page awaits its params before rendering anything; navigations into it may wait for the
// server. proxy.ts sends unknown slugs to the 404 page before it runs (see README, "Not found").
export const instant = false;

export async function generateStaticParams() {
  const { authors } = await getSitemapEntries();
  // Cache Components needs at least one entry; an unknown slug simply renders the 404 page.
  return authors.length > 0 ? authors.map((a) => ({ slug: a.slug })) : [{ slug: "none" }];
}

export async function generateMetadata({ params }: PageProps<"/authors/[slug]">): Promise<Metadata> {
  const slug = slugParamSchema.safeParse((await params).slug);
  const data = slug.success ? await getAuthorPage(slug.data, 1) : null;
  if (!data) return {};
  const { author } = data;
  return pageMetadata({
    title: author.name,
    description: author.bio ? `${author.name}: ${author.bio}` : `Posts by ${author.name} on ${site().name}.`,
    path: paths.author(author.slug),
  });
}

export default async function Author({ params }: PageProps<"/authors/[slug]">) {
  const slug = slugParamSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  return <AuthorPage slug={slug.data} page={1} />;
}
