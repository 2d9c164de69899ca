import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "../index";
import { users } from "../schema";

export type Role = (typeof users.$inferSelect)["role"];

/** What the session needs to know about a signed-in person. */
export type AuthUser = { id: string; name: string; email: string; image: string | null; role: Role };

const authColumns = { id: users.id, name: users.name, email: users.email, image: users.image, role: users.role };

/** Normalises an email for storage and lookup. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A person and their password hash, by email (case-insensitive), for password sign-in. */
export async function getUserWithPasswordByEmail({
  email,
}: {
  email: string;
}): Promise<(AuthUser & { passwordHash: string | null }) | null> {
  const [row] = await getDb()
    .select({ ...authColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normaliseEmail(email)))
    .limit(1);
  return row ?? null;
}

/** The current name, picture and role of a signed-in person, or null if the account is gone. */
export async function getAuthUser({ id }: { id: string }): Promise<AuthUser | null> {
  const [row] = await getDb().select(authColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/**
 * Creates a reader with a password. Returns null when the email is taken (the unique index
 * decides, so two sign-ups racing for one address cannot both win).
 */
export async function createPasswordUser({
  name,
  email,
  passwordHash,
}: {
  name: string;
  email: string;
  passwordHash: string;
}): Promise<AuthUser | null> {
  const rows = await getDb()
    .insert(users)
    .values({ name: name.trim(), email: normaliseEmail(email), passwordHash, role: "reader" })
    .onConflictDoNothing()
    .returning(authColumns);
  return rows[0] ?? null;
}
