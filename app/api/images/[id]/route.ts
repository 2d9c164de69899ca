import { z } from "zod";
import { getImage } from "@/lib/content";
import { imageResponse } from "@/lib/image-cache";

const idSchema = z.uuid();

/**
 * Serves an image from the media library, cacheable anywhere for IMAGE_MAX_AGE_SECONDS: long
 * enough to spare the server, short enough that a deleted image is gone everywhere within it.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/images/[id]">) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const image = await getImage(id.data);
  if (!image) return new Response("Not found", { status: 404 });
  return imageResponse(image);
}
