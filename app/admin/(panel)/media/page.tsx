import type { Metadata } from "next";
import { PageTitle } from "@/components/admin/page-title";
import { MediaLibrary } from "@/components/admin/media-library";
import { Pagination } from "@/components/ui/pagination";
import { listMedia } from "@/db/queries/images";
import { requireRole } from "@/lib/auth/guards";
import { first, pageQuerySchema, withQuery } from "@/lib/search-params";

export const metadata: Metadata = { title: "Media" };
// Per request, behind the session check: never a static shell.
export const instant = false;

export default async function MediaPage({ searchParams }: PageProps<"/admin/media">) {
  await requireRole("editor", "/admin/media");
  const page = pageQuerySchema.parse(first((await searchParams).page));
  const media = await listMedia({ page });
  return (
    <>
      <PageTitle title="Media" description={`${media.total} ${media.total === 1 ? "image" : "images"}, stored in the database`} />
      <MediaLibrary items={media.items} />
      <Pagination
        page={media.page}
        pageCount={media.pageCount}
        label="Pages of images"
        previous="Newer"
        next="Older"
        href={(p) => withQuery("/admin/media", { page: p > 1 ? p : undefined })}
      />
    </>
  );
}
