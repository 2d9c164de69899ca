import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage } from "@/components/blog/category-page";
import { getCategories } from "@/lib/content";
import { pageParamSchema, slugParamSchema } from "@/lib/params";

// The page awaits its params before rendering anything, so an unknown or unpublished slug gets a
// real 404 status instead of a streamed shell. Navigations into it may wait for the server.
export const instant = false;

export async function generateStaticParams() {
  const categories = await getCategories();
  const first = categories[0]?.slug ?? "uncategorized";
  // Cache Components needs at least one entry; other pages render on first visit and are cached.
  return [{ slug: first, page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/category/[slug]/page/[page]">): Promise<Metadata> {
  const { page } = await params;
  return { title: `Page ${page}` };
}

export default async function CategoryPaged({ params }: PageProps<"/category/[slug]/page/[page]">) {
  const { slug, page } = await params;
  const parsedSlug = slugParamSchema.safeParse(slug);
  const parsedPage = pageParamSchema.safeParse(page);
  if (!parsedSlug.success || !parsedPage.success) notFound();
  return <CategoryPage slug={parsedSlug.data} page={parsedPage.data} />;
}
