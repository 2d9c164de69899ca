import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema } from "@/lib/auth/account-fields";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").pipe(z.email("Enter a valid email address.")),
  password: z.string().min(1, "Enter your password.").max(256, "That password is too long."),
  returnTo: z.string().optional(),
});

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  returnTo: z.string().optional(),
});

export const providerSignInSchema = z.object({
  provider: z.enum(["github", "google"]),
  returnTo: z.string().optional(),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const signInLinkSchema = z.object({ email: emailSchema, returnTo: z.string().optional() });

/** A link's token, as it came in the address. */
const linkToken = z.string().min(20, "This link is incomplete.").max(100, "This link is not one of ours.");

export const resetPasswordSchema = z.object({ token: linkToken, password: newPasswordSchema });

export const confirmEmailSchema = z.object({ token: linkToken, returnTo: z.string().optional() });
