// Page 2 and later of a list whose first page is the route above; why a twin and not one
// [[...page]] route: docs/decisions/008-paged-list-routes-stay-twins.md.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomePage } from "@/components/blog/home-page";
import { pagedTitle, pageMetadata } from "@/lib/metadata";
import { pageParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export function generateStaticParams() {
  // At least one entry: see docs/architecture.md, "Static params".
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/page/[page]">): Promise<Metadata> {
  const page = pageParamSchema.safeParse((await params).page);
  if (!page.success) return {};
  return pageMetadata({
    title: pagedTitle("Older posts", page.data),
    description: `Older posts from ${site().name}, page ${page.data}.`,
    path: paths.home(page.data),
  });
}

export default async function HomePaged({ params }: PageProps<"/page/[page]">) {
  const parsed = pageParamSchema.safeParse((await params).page);
  if (!parsed.success) notFound();
  return <HomePage page={parsed.data} />;
}
