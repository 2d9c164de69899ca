import { z } from "zod";
import { imageFileSchema } from "@/lib/image-file";

export const altSchema = z
  .string()
  .trim()
  .min(1, "Describe the image for people who cannot see it.")
  .max(300, "Alt text can be at most 300 characters.");

export const uploadImageSchema = z.object({
  file: imageFileSchema,
  alt: altSchema,
});

export const updateAltSchema = z.object({ id: z.uuid(), alt: altSchema });
export const imageIdSchema = z.object({ id: z.uuid() });
