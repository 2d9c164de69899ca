import { z } from "zod";

/** An uploaded file field; what its bytes really are is lib/uploads.ts's to decide. */
export const imageFileSchema = z
  .instanceof(File, { error: "Choose an image file." })
  .refine((f) => f.size > 0, "Choose an image file.");
