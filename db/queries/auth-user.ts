import "server-only";
import { sql } from "drizzle-orm";
import type { Role } from "../enums";
import { users } from "../schema";

/** What the session needs to know about a signed-in person. */
export type AuthUser = {
  id: string;
  name: string;
  email: string;
  image: string | null;
  role: Role;
  /** Whether the address is confirmed (by a link we sent, or by the provider that signed them in). */
  verified: boolean;
};

export const authColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  image: users.image,
  role: users.role,
  verified: sql<boolean>`${users.emailVerified} is not null`.as("verified"),
};
