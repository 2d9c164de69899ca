"use server";

import { deleteUnusedImage, insertImage, updateImageAlt } from "@/db/queries/images";
import { defineAction, fail, ok } from "@/lib/actions";
import { imageAltChanged, imageDeleted } from "@/lib/invalidate";
import { inspectImage } from "@/lib/uploads";
import { imageIdSchema, updateAltSchema, uploadImageSchema } from "./schema";

export type UploadedImage = { id: string; alt: string; width: number; height: number };

/** Stores an uploaded image after checking what its bytes really are. */
export const uploadImage = defineAction(
  { schema: uploadImageSchema, role: "editor" },
  async ({ file, alt }, viewer) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const inspected = await inspectImage(bytes);
    if (!inspected.ok) return fail("invalid", inspected.message, { file: [inspected.message] });
    const { id } = await insertImage({
      data: inspected.data,
      contentType: inspected.contentType,
      width: inspected.width,
      height: inspected.height,
      alt,
      uploadedById: viewer.id,
    });
    return ok<UploadedImage>({ id, alt, width: inspected.width, height: inspected.height });
  },
);

/** Changes an image's alt text (pages that show it pick it up as they refresh). */
export const updateImage = defineAction({ schema: updateAltSchema, role: "editor" }, async ({ id, alt }) => {
  const updated = await updateImageAlt({ id, alt });
  if (!updated.ok) return fail("not-found", "This image is no longer in the library.");
  imageAltChanged(updated.usedIn.map((post) => post.id));
  return ok(null);
});

/** Deletes an image, unless a post still shows it. */
export const deleteImage = defineAction({ schema: imageIdSchema, role: "editor" }, async ({ id }) => {
  const result = await deleteUnusedImage({ id });
  if (!result.ok) {
    if (result.reason === "not-found") return fail("not-found", "This image was already deleted.");
    const titles = result.usedIn.map((p) => `“${p.title}”`).join(", ");
    return fail(
      "conflict",
      `This image is used by ${titles}. Remove it from ${result.usedIn.length === 1 ? "that post" : "those posts"} first.`,
    );
  }
  imageDeleted(id);
  return ok(null);
});
