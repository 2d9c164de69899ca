import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TagPage } from "@/components/blog/tag-page";
import { getSitemapEntries, getTagPage } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { slugParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// The page awaits its params before rendering anything; navigations into it may wait for the
// server. proxy.ts sends unknown slugs to the 404 page before it runs (see README, "Not found").
export const instant = false;

export async function generateStaticParams() {
  const { tags } = await getSitemapEntries();
  // Cache Components needs at least one entry; an unknown slug simply renders the 404 page.
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
