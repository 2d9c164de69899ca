import type { Metadata } from "next";
import { AdminPager } from "@/components/admin/admin-pager";
import { PageTitle } from "@/components/admin/page-title";
import { MediaLibrary } from "@/components/admin/media-library";
import { listMedia } from "@/db/queries/images";
import { requireRole } from "@/lib/auth/guards";
import { first, pageQuerySchema } from "@/lib/search-params";

export const metadata: Metadata = { title: "Media" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

export default async function MediaPage({ searchParams }: PageProps<"/admin/media">) {
  await requireRole("editor", "/admin/media");
  const page = pageQuerySchema.parse(first((await searchParams).page));
  const media = await listMedia({ page });
  return (
    <>
      <PageTitle
        title="Media"
        description={`${media.total} ${media.total === 1 ? "image" : "images"}, stored in the database`}
      />
      <MediaLibrary items={media.items} />
      <AdminPager list={media} path="/admin/media" label="Pages of images" />
    </>
  );
}
