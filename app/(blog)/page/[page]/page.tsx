import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomePage } from "@/components/blog/home-page";
import { pagedTitle, pageMetadata } from "@/lib/metadata";
import { pageParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// The page awaits its params before rendering anything; navigations into it may wait for the
// server. proxy.ts sends addresses with nothing there to the 404 page before it runs; its
// notFound() is the fallback for what changed since (see README, "Not found").
export const instant = false;

export function generateStaticParams() {
  // Cache Components needs at least one; the others render on first visit and are cached.
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
