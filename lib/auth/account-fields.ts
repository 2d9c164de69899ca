import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

// The fields of an account, parsed the same way wherever one is made: the sign-up form and
// `npm run user:create`.

/** A display name. */
export const nameSchema = z.string().trim().min(1, "Tell us your name.").max(80, "Names can be at most 80 characters.");

/** An email address, as typed. */
export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254)
  .pipe(z.email("Enter a valid email address."));

/** A new password (sign-in takes any password it is given, up to a bound). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);
