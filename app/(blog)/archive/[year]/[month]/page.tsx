import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveMonthPage } from "@/components/blog/archive-month-page";
import { getArchive } from "@/lib/content";
import { formatMonth } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { archiveMonthParamsSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// The page awaits its params before rendering anything; navigations into it may wait for the
// server. proxy.ts sends addresses with nothing there to the 404 page before it runs; its
// notFound() is the fallback for what changed since (see README, "Not found").
export const instant = false;

export async function generateStaticParams() {
  const months = await getArchive();
  const params = months.map((m) => ({ year: String(m.year), month: String(m.month).padStart(2, "0") }));
  // Cache Components needs at least one entry; a month without posts renders the 404 page.
  return params.length > 0 ? params : [{ year: "2000", month: "01" }];
}

export async function generateMetadata({ params }: PageProps<"/archive/[year]/[month]">): Promise<Metadata> {
  const at = archiveMonthParamsSchema.safeParse(await params);
  if (!at.success) return {};
  const { year, month } = at.data;
  return pageMetadata({
    title: formatMonth(year, month),
    description: `What ${site().name} published in ${formatMonth(year, month)}.`,
    path: paths.archiveMonth(year, month),
  });
}

export default async function ArchiveMonth({ params }: PageProps<"/archive/[year]/[month]">) {
  const at = archiveMonthParamsSchema.safeParse(await params);
  if (!at.success) notFound();
  return <ArchiveMonthPage year={at.data.year} month={at.data.month} page={1} />;
}
