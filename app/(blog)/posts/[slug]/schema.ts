import { z } from "zod";
import { commentSorts } from "@/db/queries/comment-sorts";
import { HONEYPOT_FIELD, MAX_COMMENT_LENGTH, MAX_INCLUDED_THREADS, MAX_THREADS_PER_LOAD } from "@/lib/comment-limits";

const commentBody = z
  .string()
  .trim()
  .min(1, "Write something first: the comment is empty.")
  .max(MAX_COMMENT_LENGTH, `Comments can be at most ${MAX_COMMENT_LENGTH.toLocaleString("en-US")} characters.`);

export const setLikeSchema = z.object({ postId: z.uuid(), liked: z.boolean() });

export const addCommentSchema = z.object({
  postId: z.uuid(),
  parentId: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => v || null),
  body: commentBody,
  [HONEYPOT_FIELD]: z
    .string()
    .optional()
    .refine(
      (v) => !v,
      "This form was filled in automatically. If you are a person, please reload the page and try again.",
    ),
});

export const editCommentSchema = z.object({ commentId: z.uuid(), body: commentBody });

export const deleteCommentSchema = z.object({ commentId: z.uuid() });

export const loadCommentsSchema = z.object({
  postId: z.uuid(),
  sort: z.enum(commentSorts),
  /** The last thread the reader has: the ones after it. Without it, the first ones. */
  after: z.uuid().optional(),
  limit: z.number().int().min(1).max(MAX_THREADS_PER_LOAD),
  /** Comments whose threads must come back too, even when they lie beyond `limit`. */
  include: z.array(z.uuid()).max(MAX_INCLUDED_THREADS).default([]),
});

export const loadCommentThreadSchema = z.object({ postId: z.uuid(), commentId: z.uuid() });
