import type { Role } from "@/db/queries/users";

/** The signed-in person as server code sees them. */
export type Viewer = {
  id: string;
  name: string;
  image: string | null;
  role: Role;
  /** May like and comment: the address is confirmed, or this site sends no email to confirm it. */
  verified: boolean;
  /** This sign-in's record (sign_ins.id). */
  sessionId: string | null;
};

const rank: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

/** True when the role is at least `needed` (reader < editor < admin). */
export function hasRole(role: Role, needed: Role): boolean {
  return rank[role] >= rank[needed];
}
