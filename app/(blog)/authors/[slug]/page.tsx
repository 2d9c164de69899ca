import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorPage } from "@/components/blog/author-page";
import { getAuthorPage, getSitemapEntries } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { slugParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export async function generateStaticParams() {
  const { authors } = await getSitemapEntries();
  // At least one entry: see docs/architecture.md, "Static params".
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
