import { getPostShareCard } from "@/lib/share-cards";
import { slugParamSchema } from "@/lib/params";

/** A post's share card (PNG): what networks show when the post is shared. */
export async function GET(_request: Request, { params }: RouteContext<"/posts/[slug]/share-image">) {
  const slug = slugParamSchema.safeParse((await params).slug);
  const png = slug.success ? await getPostShareCard(slug.data) : null;
  if (!png)
    return new Response("No such post.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(png, {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
  });
}
