import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import type { Role } from "@/db/queries/users";

/** The signed-in person as server code sees them. */
export type Viewer = { id: string; name: string; image: string | null; role: Role };

const rank: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

/** True when the role is at least `needed` (reader < editor < admin). */
export function hasRole(role: Role, needed: Role): boolean {
  return rank[role] >= rank[needed];
}

/** The signed-in person for this request, or null; looked up once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name ?? "Reader", image: user.image ?? null, role: user.role };
});
