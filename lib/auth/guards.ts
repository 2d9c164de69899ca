import "server-only";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import type { Role } from "@/db/queries/users";
import { signInHref } from "./return-to";
import { hasRole, type Viewer } from "./roles";
import { getViewer } from "./session";

/**
 * The guard of every admin page: the signed-in viewer when their role is at least `role`.
 * Anonymous visitors go to sign in and come back to `returnTo`; others get the 403 page.
 */
export async function requireRole(role: Role, returnTo: string): Promise<Viewer> {
  // Rendered per request, never prerendered: what follows depends on who is asking.
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref(returnTo));
  if (!hasRole(viewer.role, role)) forbidden();
  return viewer;
}
