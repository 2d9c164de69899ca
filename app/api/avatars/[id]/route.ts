import { z } from "zod";
import { getAvatar } from "@/lib/content";
import { imageResponse } from "@/lib/image-cache";

// Account ids are Auth.js's: UUIDs for ours, anything short and printable for adapters'.
const idSchema = z.string().regex(/^[\w-]{1,64}$/);

/**
 * Serves a person's uploaded picture. The address changes with every upload (`?v=`), and a
 * removed picture stops answering here at once and in caches within IMAGE_MAX_AGE_SECONDS.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/avatars/[id]">) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const avatar = await getAvatar(id.data);
  if (!avatar) return new Response("Not found", { status: 404 });
  return imageResponse(avatar);
}
