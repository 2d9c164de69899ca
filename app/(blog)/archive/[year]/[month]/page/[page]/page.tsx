// Page 2 and later of a list whose first page is the route above; why a twin and not one
// [[...page]] route: docs/decisions/008-paged-list-routes-stay-twins.md.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveMonthPage } from "@/components/blog/archive-month-page";
import { getArchive } from "@/lib/content";
import { formatMonth } from "@/lib/format";
import { pagedTitle, pageMetadata } from "@/lib/metadata";
import { archiveMonthParamsSchema, pageParamSchema } from "@/lib/params";
import { paths, site } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export async function generateStaticParams() {
  const [newest] = await getArchive();
  // At least one entry: see docs/architecture.md, "Static params".
  return [{ year: String(newest?.year ?? 2000), month: String(newest?.month ?? 1).padStart(2, "0"), page: "2" }];
}

async function load(params: PageProps<"/archive/[year]/[month]/page/[page]">["params"]) {
  const { page, ...month } = await params;
  const at = archiveMonthParamsSchema.safeParse(month);
  const parsedPage = pageParamSchema.safeParse(page);
  return at.success && parsedPage.success ? { ...at.data, page: parsedPage.data } : null;
}

export async function generateMetadata({
  params,
}: PageProps<"/archive/[year]/[month]/page/[page]">): Promise<Metadata> {
  const at = await load(params);
  if (!at) return {};
  return pageMetadata({
    title: pagedTitle(formatMonth(at.year, at.month), at.page),
    description: `What ${site().name} published in ${formatMonth(at.year, at.month)}, page ${at.page}.`,
    path: paths.archiveMonth(at.year, at.month, at.page),
  });
}

export default async function ArchiveMonthPaged({ params }: PageProps<"/archive/[year]/[month]/page/[page]">) {
  const at = await load(params);
  if (!at) notFound();
  return <ArchiveMonthPage year={at.year} month={at.month} page={at.page} />;
}
