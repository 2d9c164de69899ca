import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/db/queries/users";
import { hasRole, type Viewer } from "./auth/roles";
import { getViewer } from "./auth/session";

/** What every server action answers: typed, never `any`, never a stack trace. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** A sentence for a person. */
      message: string;
      /** Why, for code: tests and clients branch on it. */
      reason: "unauthenticated" | "forbidden" | "invalid" | "not-found" | "rate-limited" | "conflict" | "error";
      fieldErrors?: Record<string, string[]>;
    };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export const fail = (
  reason: ActionFailure["reason"],
  message: string,
  fieldErrors?: Record<string, string[]>,
): ActionFailure => ({ ok: false, reason, message, fieldErrors });

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });

/**
 * The one shape of a server action: guard (session and role), parse (zod, every argument),
 * act, answer. Each action is a public endpoint whatever page it sits on, so the guard runs here
 * and ownership goes in the handler's WHERE clauses. Accepts a plain object or FormData.
 */
export function defineAction<S extends z.ZodType, T>(
  options: { schema: S; role: Role },
  handler: (input: z.output<S>, viewer: Viewer) => Promise<ActionResult<T>>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    const viewer = await getViewer();
    if (!viewer) return fail("unauthenticated", "Please sign in first.");
    if (!hasRole(viewer.role, options.role)) return fail("forbidden", "You are not allowed to do that.");

    const raw = input instanceof FormData ? Object.fromEntries(input) : input;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error);
      return fail(
        "invalid",
        formErrors[0] ?? "Please check the highlighted fields.",
        fieldErrors as Record<string, string[]>,
      );
    }
    try {
      return await handler(parsed.data, viewer);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      console.error("Server action failed", { viewer: viewer.id, error });
      return fail("error", "Something went wrong on our side. Nothing was lost: please try again.");
    }
  };
}
