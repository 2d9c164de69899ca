import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage } from "@/components/blog/category-page";
import { getCategories, getCategoryPage } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { slugParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export async function generateStaticParams() {
  const categories = await getCategories();
  // At least one entry: see docs/architecture.md, "Static params".
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
