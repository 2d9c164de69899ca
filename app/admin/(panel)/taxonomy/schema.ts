import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/slug";

const name = z.string().trim().min(1, "Give it a name.").max(60, "Names can be at most 60 characters.");
const slug = z
  .string()
  .trim()
  .min(1, "It needs a slug for its address.")
  .max(120, "Slugs can be at most 120 characters.")
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens.");

export const taxonomyKindSchema = z.enum(["category", "tag"]);

export const saveTermSchema = z.object({
  kind: taxonomyKindSchema,
  /** Absent to create. */
  id: z.uuid().optional(),
  name,
  slug,
  description: z.string().trim().max(300, "Descriptions can be at most 300 characters.").default(""),
});

export const deleteTermSchema = z.object({
  kind: taxonomyKindSchema,
  id: z.uuid(),
  moveTo: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
});
