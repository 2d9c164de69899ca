import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TagPage } from "@/components/blog/tag-page";
import { getSitemapEntries, getTagPage } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { slugParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export async function generateStaticParams() {
  const { tags } = await getSitemapEntries();
  // At least one entry: see docs/architecture.md, "Static params".
  return tags.length > 0 ? tags.map((t) => ({ slug: t.slug })) : [{ slug: "none" }];
}

export async function generateMetadata({ params }: PageProps<"/tags/[slug]">): Promise<Metadata> {
  const slug = slugParamSchema.safeParse((await params).slug);
  const data = slug.success ? await getTagPage(slug.data, 1) : null;
  if (!data) return {};
  return pageMetadata({
    title: `#${data.tag.name}`,
    description: `${data.tag.postCount === 1 ? "One post" : `${data.tag.postCount} posts`} tagged ${data.tag.name} on ${site().name}.`,
    path: paths.tag(data.tag.slug),
  });
}

export default async function Tag({ params }: PageProps<"/tags/[slug]">) {
  const slug = slugParamSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  return <TagPage slug={slug.data} page={1} />;
}
