import { z } from "zod";

export const altSchema = z
  .string()
  .trim()
  .min(1, "Describe the image for people who cannot see it.")
  .max(300, "Alt text can be at most 300 characters.");

export const uploadImageSchema = z.object({
  file: z.instanceof(File, { error: "Choose an image file." }).refine((f) => f.size > 0, "Choose an image file."),
  alt: altSchema,
});

export const updateAltSchema = z.object({ id: z.uuid(), alt: altSchema });
export const imageIdSchema = z.object({ id: z.uuid() });
