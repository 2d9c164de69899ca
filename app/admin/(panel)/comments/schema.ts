import { z } from "zod";

export const moderateCommentSchema = z.object({
  commentId: z.uuid(),
  action: z.enum(["hide", "unhide", "delete", "approve"]),
});

export const banReaderSchema = z.object({
  userId: z.string().min(1).max(100),
  reason: z
    .string()
    .trim()
    .min(1, "Say why: the reader will see it.")
    .max(500, "Keep the reason under 500 characters."),
  endsAt: z.iso
    .datetime({ offset: true })
    .optional()
    .refine((v) => !v || new Date(v).getTime() > Date.now(), "Choose an end date in the future, or none."),
  /** Also sign them out everywhere (a stolen or shared session ends with the ban). */
  endSessions: z.boolean().default(false),
});

export const liftBanSchema = z.object({ userId: z.string().min(1).max(100) });
