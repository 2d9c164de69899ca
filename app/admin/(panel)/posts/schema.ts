import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/slug";
import { commentsModes } from "@/db/enums";

export const MAX_BODY_LENGTH = 200_000;

export const postFieldsSchema = z.object({
  title: z.string().trim().min(1, "Give the post a title.").max(200, "Titles can be at most 200 characters."),
  slug: z
    .string()
    .trim()
    .min(1, "The post needs a slug for its address.")
    .max(120, "Slugs can be at most 120 characters.")
    .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens, like my-first-post."),
  excerpt: z.string().trim().max(300, "Excerpts can be at most 300 characters."),
  body: z.string().max(MAX_BODY_LENGTH, `Posts can be at most ${MAX_BODY_LENGTH.toLocaleString("en-US")} characters.`),
  categoryId: z.uuid("Choose a category."),
  tags: z
    .array(z.string().trim().min(1).max(40, "Tags can be at most 40 characters."))
    .max(10, "A post can have at most 10 tags."),
  coverImageId: z.uuid().nullable(),
  commentsMode: z.enum(commentsModes),
});

/** The fields of a save, flat so that every error lands on its own field. */
export const savePostSchema = postFieldsSchema
  .extend({
    /** Absent for a new post. */
    id: z.uuid().optional(),
    /** The version the editor loaded: a save over someone else's newer save is refused. */
    version: z.int().positive().optional(),
    /** keep its state, make it a draft (unpublish), publish now, or schedule for publishAt. */
    publication: z.enum(["keep", "draft", "now", "schedule"]),
    publishAt: z.iso.datetime({ offset: true, error: "Choose a date and time." }).optional(),
  })
  .refine((v) => v.publication !== "schedule" || v.publishAt, {
    path: ["publishAt"],
    error: "Choose when the post goes out.",
  });

export type SavePostInput = z.input<typeof savePostSchema>;

export const postIdSchema = z.object({ id: z.uuid() });
export const previewSchema = z.object({ body: postFieldsSchema.shape.body });
export const restoreRevisionSchema = z.object({ postId: z.uuid(), revisionId: z.uuid() });
