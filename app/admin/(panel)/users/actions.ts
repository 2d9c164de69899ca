"use server";

import { setUserRole } from "@/db/queries/users";
import { defineAction, fail, ok } from "@/lib/actions";
import { setRoleSchema } from "./schema";

/** Changes someone's role (admins only); the last admin cannot be demoted. */
export const changeRole = defineAction({ schema: setRoleSchema, role: "admin" }, async ({ userId, role }, viewer) => {
  const result = await setUserRole({ userId, role, actorId: viewer.id });
  if (!result.ok && result.reason === "not-found") return fail("not-found", "This account no longer exists.");
  if (!result.ok) return fail("conflict", "This is the last admin: make someone else an admin first.");
  return ok(null);
});
