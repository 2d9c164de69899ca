import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomePage } from "@/components/blog/home-page";
import { pageParamSchema } from "@/lib/params";

export function generateStaticParams() {
  // Cache Components needs at least one; the others render on first visit and are cached.
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/page/[page]">): Promise<Metadata> {
  const { page } = await params;
  return { title: `Older posts, page ${page}` };
}

export default async function HomePaged({ params }: PageProps<"/page/[page]">) {
  const parsed = pageParamSchema.safeParse((await params).page);
  if (!parsed.success) notFound();
  return <HomePage page={parsed.data} />;
}
