import { feedNotFound, feedResponse } from "@/lib/feeds";
import { slugParamSchema } from "@/lib/params";

/** One category as Atom. */
export async function GET(_request: Request, { params }: RouteContext<"/category/[slug]/atom.xml">) {
  const slug = slugParamSchema.safeParse((await params).slug);
  return slug.success ? feedResponse("atom", slug.data) : feedNotFound();
}
