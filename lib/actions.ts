import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/db/queries/users";
import { hasRole, type Viewer } from "./auth/roles";
import { getViewer } from "./auth/session";
import { logError } from "./log";
import { unstorableFields } from "./text";

/** What every server action answers: typed, never `any`, never a stack trace. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** A sentence for a person. */
      message: string;
      /** Why, for code: tests and clients branch on it. */
      reason:
        | "unauthenticated"
        | "unverified"
        | "forbidden"
        | "invalid"
        | "not-found"
        | "rate-limited"
        | "conflict"
        | "error";
      fieldErrors?: Record<string, string[]>;
    };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export const fail = (
  reason: ActionFailure["reason"],
  message: string,
  fieldErrors?: Record<string, string[]>,
): ActionFailure => ({ ok: false, reason, message, fieldErrors });

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });

const UNVERIFIED =
  "Please confirm your email address first: open the link we sent you. Your account page can send a new one.";

type Handler<S extends z.ZodType, T, V> = (input: z.output<S>, viewer: V) => Promise<ActionResult<T>>;
type Action<S extends z.ZodType, T> = (input: z.input<S> | FormData) => Promise<ActionResult<T>>;
type Access = {
  schema: z.ZodType;
  role: Role | "public";
  /** The sentence when the input does not parse and no field can say why (reads, not forms). */
  invalid?: string;
  /** Only for readers whose address is confirmed (liking, commenting): see Viewer.verified. */
  verified?: boolean;
};

/**
 * The one shape of a server action: guard (session and role), parse (zod, every argument),
 * act, answer. Each action is a public endpoint whatever page it sits on, so the guard runs here
 * and ownership goes in the handler's WHERE clauses. Accepts a plain object or FormData.
 * `role: "public"` is for actions anyone may call (sign-in, public reads): the handler gets the
 * viewer when there is one, and null otherwise.
 */
export function defineAction<S extends z.ZodType, T>(
  options: { schema: S; role: "public"; invalid?: string },
  handler: Handler<S, T, Viewer | null>,
): Action<S, T>;
export function defineAction<S extends z.ZodType, T>(
  options: { schema: S; role: Role; invalid?: string; verified?: boolean },
  handler: Handler<S, T, Viewer>,
): Action<S, T>;
export function defineAction<S extends z.ZodType, T>(
  options: Access & { schema: S },
  handler: Handler<S, T, Viewer> | Handler<S, T, Viewer | null>,
): Action<S, T> {
  return guarded(options, handler as Handler<S, T, Viewer | null>);
}

/** defineAction's body: the handler is called with null only when the role is "public". */
function guarded<S extends z.ZodType, T>(
  options: Access & { schema: S },
  handler: Handler<S, T, Viewer | null>,
): Action<S, T> {
  return async (input) => {
    const viewer = await getViewer();
    if (options.role !== "public") {
      if (!viewer) return fail("unauthenticated", "Please sign in first.");
      if (!hasRole(viewer.role, options.role)) return fail("forbidden", "You are not allowed to do that.");
      if (options.verified && !viewer.verified) return fail("unverified", UNVERIFIED);
    }

    const raw = input instanceof FormData ? Object.fromEntries(input) : input;
    // Before any schema: text Postgres cannot store (or would store broken) never gets further.
    const unstorable = unstorableFields(raw);
    if (unstorable) return fail("invalid", "Please check the highlighted fields.", unstorable);
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error);
      const message = formErrors[0] ?? options.invalid ?? "Please check the highlighted fields.";
      return fail("invalid", message, fieldErrors as Record<string, string[]>);
    }
    try {
      return await handler(parsed.data, viewer);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      logError("Server action failed", { viewer: viewer?.id ?? null }, error);
      return fail("error", "Something went wrong on our side. Nothing was lost: please try again.");
    }
  };
}

/**
 * What a form action answers to `useActionState`: null before the first submission, then the
 * action's result with what was typed (`values`), so the form can show it again. Fields named in
 * `secret` (passwords) are never sent back.
 */
export type FormState<T = null> = (ActionResult<T> & { values: Record<string, string> }) | null;

type FormAction<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/** The same action as defineAction, in the `(previousState, formData)` form of `useActionState`. */
export function defineFormAction<S extends z.ZodType, T>(
  options: { schema: S; role: "public"; secret?: string[] },
  handler: Handler<S, T, Viewer | null>,
): FormAction<T>;
export function defineFormAction<S extends z.ZodType, T>(
  options: { schema: S; role: Role; secret?: string[]; verified?: boolean },
  handler: Handler<S, T, Viewer>,
): FormAction<T>;
export function defineFormAction<S extends z.ZodType, T>(
  options: Access & { schema: S; secret?: string[] },
  handler: Handler<S, T, Viewer> | Handler<S, T, Viewer | null>,
): FormAction<T> {
  const action = guarded(options, handler as Handler<S, T, Viewer | null>);
  const secret = new Set(options.secret ?? []);
  return async (_previous, formData) => {
    const values: Record<string, string> = {};
    for (const [name, value] of formData) {
      // React's own fields ($ACTION_...) and files are not what the reader typed.
      if (typeof value === "string" && !name.startsWith("$") && !secret.has(name)) values[name] = value;
    }
    return { ...(await action(formData)), values };
  };
}
