import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage } from "@/components/blog/category-page";
import { getCategories, getCategoryPage } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { slugParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// The page awaits its params before rendering anything; navigations into it may wait for the
// server. proxy.ts sends unknown slugs to the 404 page before it runs (see README, "Not found").
export const instant = false;

export async function generateStaticParams() {
  const categories = await getCategories();
  // Cache Components needs at least one entry; an unknown slug simply renders the 404 page.
  return categories.length > 0 ? categories.map((c) => ({ slug: c.slug })) : [{ slug: "uncategorized" }];
}

export async function generateMetadata({ params }: PageProps<"/category/[slug]">): Promise<Metadata> {
  const slug = slugParamSchema.safeParse((await params).slug);
  const data = slug.success ? await getCategoryPage(slug.data, 1) : null;
  if (!data) return {};
  const { category } = data;
  return pageMetadata({
    title: category.name,
    description: category.description || `Posts in ${category.name} on ${site().name}.`,
    path: paths.category(category.slug),
    category,
  });
}

export default async function Category({ params }: PageProps<"/category/[slug]">) {
  const slug = slugParamSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  return <CategoryPage slug={slug.data} page={1} />;
}
