import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema } from "@/lib/auth/account-fields";

export const renameSchema = z.object({ name: nameSchema });

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
