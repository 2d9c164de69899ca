// Page 2 and later of a list whose first page is the route above; why a twin and not one
// [[...page]] route: docs/decisions/008-paged-list-routes-stay-twins.md.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage } from "@/components/blog/category-page";
import { getCategories, getCategoryPage } from "@/lib/content";
import { pagedTitle, pageMetadata } from "@/lib/metadata";
import { parseSlugAndPage } from "@/lib/params";
import { paths, site } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export async function generateStaticParams() {
  const categories = await getCategories();
  const first = categories[0]?.slug ?? "uncategorized";
  // At least one entry: see docs/architecture.md, "Static params".
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
