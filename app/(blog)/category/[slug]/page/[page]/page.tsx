import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage } from "@/components/blog/category-page";
import { getCategories, getCategoryPage } from "@/lib/content";
import { pagedTitle, pageMetadata } from "@/lib/metadata";
import { parseSlugAndPage } from "@/lib/params";
import { paths, site } from "@/lib/site";

// The page awaits its params before rendering anything; navigations into it may wait for the
// server. proxy.ts sends addresses with nothing there to the 404 page before it runs; its
// notFound() is the fallback for what changed since (see README, "Not found").
export const instant = false;

export async function generateStaticParams() {
  const categories = await getCategories();
  const first = categories[0]?.slug ?? "uncategorized";
  // Cache Components needs at least one entry; other pages render on first visit and are cached.
  return [{ slug: first, page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/category/[slug]/page/[page]">): Promise<Metadata> {
  const at = parseSlugAndPage(await params);
  const data = at ? await getCategoryPage(at.slug, at.page) : null;
  if (!at || !data) return {};
  const { category } = data;
  return pageMetadata({
    title: pagedTitle(category.name, at.page),
    description: `Posts in ${category.name} on ${site().name}, page ${at.page}.`,
    path: paths.category(category.slug, at.page),
    category,
  });
}

export default async function CategoryPaged({ params }: PageProps<"/category/[slug]/page/[page]">) {
  const at = parseSlugAndPage(await params);
  if (!at) notFound();
  return <CategoryPage slug={at.slug} page={at.page} />;
}
