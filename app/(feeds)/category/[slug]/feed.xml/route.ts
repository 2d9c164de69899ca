import { feedNotFound, feedResponse } from "@/lib/feeds";
import { slugParamSchema } from "@/lib/params";

/** One category as RSS 2.0. */
export async function GET(_request: Request, { params }: RouteContext<"/category/[slug]/feed.xml">) {
  const slug = slugParamSchema.safeParse((await params).slug);
  return slug.success ? feedResponse("rss", slug.data) : feedNotFound();
}
