import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "../index";
import { images } from "../schema";
import type { ImageRef } from "./posts";

/** An image's bytes and content type, for the media route; null if there is no such image. */
export async function getImageFile({
  id,
}: {
  id: string;
}): Promise<{ data: Uint8Array; contentType: string; byteSize: number } | null> {
  const [row] = await getDb()
    .select({ data: images.data, contentType: images.contentType, byteSize: images.byteSize })
    .from(images)
    .where(eq(images.id, id))
    .limit(1);
  return row ?? null;
}

/** Dimensions and alt text of the given images (for rendering them with next/image). */
export async function listImageRefs({ ids }: { ids: string[] }): Promise<ImageRef[]> {
  if (ids.length === 0) return [];
  return getDb()
    .select({ id: images.id, width: images.width, height: images.height, alt: images.alt })
    .from(images)
    .where(inArray(images.id, ids));
}
