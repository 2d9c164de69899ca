import { z } from "zod";
import { getImage } from "@/lib/content";

const idSchema = z.uuid();

/**
 * Serves an image from the media library. An image never changes once stored (a new upload gets
 * a new id), so it may be cached for a year anywhere.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/images/[id]">) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const image = await getImage(id.data);
  if (!image) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(image.data), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.byteSize),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
