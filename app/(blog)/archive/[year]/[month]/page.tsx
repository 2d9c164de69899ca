import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveMonthPage } from "@/components/blog/archive-month-page";
import { getArchive } from "@/lib/content";
import { formatMonth } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { archiveMonthParamsSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export async function generateStaticParams() {
  const months = await getArchive();
  const params = months.map((m) => ({ year: String(m.year), month: String(m.month).padStart(2, "0") }));
  // At least one entry: see docs/architecture.md, "Static params".
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
