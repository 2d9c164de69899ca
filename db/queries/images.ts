import "server-only";
import { refused, type Refused } from "./errors";
import { count, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../index";
import { avatars, images, posts } from "../schema";
import { countOf, paginate, type Page } from "./paging";
import type { ImageRef } from "./post-summary";

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

/** A person's uploaded picture, for the avatar route; null if they have none. */
export async function getAvatarFile({
  userId,
}: {
  userId: string;
}): Promise<{ data: Uint8Array; contentType: string; byteSize: number } | null> {
  const [row] = await getDb()
    .select({ data: avatars.data, contentType: avatars.contentType, byteSize: avatars.byteSize })
    .from(avatars)
    .where(eq(avatars.userId, userId))
    .limit(1);
  return row ?? null;
}

/** Whether the library has this image (one primary-key read, for the proxy). */
export async function imageExists({ id }: { id: string }): Promise<boolean> {
  const [row] = await getDb().select({ id: images.id }).from(images).where(eq(images.id, id)).limit(1);
  return row !== undefined;
}

/** Dimensions and alt text of the given images (for rendering them with next/image). */
export async function listImageRefs({ ids }: { ids: string[] }): Promise<ImageRef[]> {
  if (ids.length === 0) return [];
  return getDb()
    .select({ id: images.id, width: images.width, height: images.height, alt: images.alt })
    .from(images)
    .where(inArray(images.id, ids));
}

/** Stores an uploaded image; answers its id. */
export async function insertImage(values: {
  data: Uint8Array;
  contentType: string;
  width: number;
  height: number;
  alt: string;
  uploadedById: string;
}): Promise<{ id: string }> {
  const [row] = await getDb()
    .insert(images)
    .values({ ...values, byteSize: values.data.byteLength })
    .returning({ id: images.id });
  return row!;
}

export type MediaItem = ImageRef & {
  contentType: string;
  byteSize: number;
  createdAt: Date;
  usedIn: { id: string; title: string }[];
};

// The outer image, qualified by hand: drizzle leaves columns bare in a select without joins.
const outerImageId = sql`${sql.identifier("images")}.${sql.identifier("id")}`;

/** Posts that show the image: as their cover, or in their body through its URL. */
const usedIn = sql<{ id: string; title: string }[] | null>`(
  select json_agg(json_build_object('id', p.id, 'title', p.title) order by p.title)
  from ${posts} p
  where p.cover_image_id = ${outerImageId} or strpos(p.body, '/api/images/' || ${outerImageId}::text) > 0
)`;

/** The media library, newest first, with where each image is used. */
export async function listMedia({ page = 1, pageSize = 48 }: { page?: number; pageSize?: number } = {}): Promise<
  Page<MediaItem>
> {
  const db = getDb();
  return paginate(
    { page, pageSize },
    ({ limit, offset }) =>
      db
        .select({
          id: images.id,
          width: images.width,
          height: images.height,
          alt: images.alt,
          contentType: images.contentType,
          byteSize: images.byteSize,
          createdAt: images.createdAt,
          usedIn,
        })
        .from(images)
        .orderBy(desc(images.createdAt), desc(images.id))
        .limit(limit)
        .offset(offset),
    countOf(db.select({ n: count() }).from(images)),
    (r) => ({ ...r, usedIn: r.usedIn ?? [] }),
  );
}

/** Changes an image's alt text; answers the posts that show it. */
export async function updateImageAlt({
  id,
  alt,
}: {
  id: string;
  alt: string;
}): Promise<{ ok: true; usedIn: { id: string; title: string }[] } | Refused<"not-found">> {
  const [row] = await getDb().update(images).set({ alt }).where(eq(images.id, id)).returning({ usedIn });
  return row ? { ok: true, usedIn: row.usedIn ?? [] } : refused("not-found");
}

/** Deletes an image that no post uses. */
export async function deleteUnusedImage({
  id,
}: {
  id: string;
}): Promise<{ ok: true } | Refused<"not-found"> | (Refused<"in-use"> & { usedIn: { id: string; title: string }[] })> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select({ id: images.id, usedIn }).from(images).where(eq(images.id, id)).for("update");
    if (!row) return { ok: false, reason: "not-found" } as const;
    if (row.usedIn?.length) return { ok: false, reason: "in-use", usedIn: row.usedIn } as const;
    await tx.delete(images).where(eq(images.id, id));
    return { ok: true } as const;
  });
}
