import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema } from "@/lib/auth/account-fields";
import { imageFileSchema } from "@/lib/image-file";
import { SLUG_PATTERN } from "@/lib/slug";

export const renameSchema = z.object({ name: nameSchema });

export const avatarSchema = z.object({ file: imageFileSchema });
export const removeAvatarSchema = z.object({});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(256, "That password is too long."),
  password: newPasswordSchema,
});

export const deleteAccountSchema = z.object({
  // Absent for an account that signs in only with a provider: a fresh sign-in stands in for it.
  password: z.string().max(256, "That password is too long.").optional(),
});

export const endSessionSchema = z.object({ sessionId: z.uuid("That is not one of your sessions.") });

export const changeEmailSchema = z.object({
  email: emailSchema,
  // Absent for an account that signs in only with a provider.
  password: z.string().max(256, "That password is too long.").optional(),
});

export const authorProfileSchema = z.object({
  bio: z
    .string()
    .trim()
    .max(600, "Keep the bio to 600 characters.")
    .transform((bio) => bio || null),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "Use at least 2 characters.")
    .max(60, "Use at most 60 characters.")
    .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, such as ada-lovelace."),
});
