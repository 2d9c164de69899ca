"use server";

import { storeBan, removeBan, applyModeration } from "@/db/queries/moderation";
import { defineAction, fail, ok } from "@/lib/actions";
import { commentsChanged } from "@/lib/invalidate";
import { banReaderSchema, liftBanSchema, moderateCommentSchema } from "./schema";

const done = { hide: "hidden", unhide: "visible again", delete: "deleted", approve: "marked as looked at" } as const;

/** Hides, unhides, deletes or approves a comment; public threads and counts follow at once. */
export const moderateComment = defineAction(
  { schema: moderateCommentSchema, role: "editor" },
  async ({ commentId, action }, viewer) => {
    const result = await applyModeration({ commentId, action, actorId: viewer.id });
    if (!result.ok)
      return fail(
        "conflict",
        `This comment cannot be ${done[action]} now: someone may have changed it. Reload to see its state.`,
      );
    commentsChanged(result.postId);
    return ok(null);
  },
);

/** Stops a reader from commenting, with a reason they will see and an optional end. */
export const banReader = defineAction(
  { schema: banReaderSchema, role: "editor" },
  async ({ userId, reason, endsAt, endSessions }, viewer) => {
    const banned = await storeBan({
      userId,
      reason,
      endsAt: endsAt ? new Date(endsAt) : null,
      actorId: viewer.id,
      endSessions,
    });
    if (!banned.ok) return fail("not-found", "Only readers can be banned; change an editor's role first.");
    return ok(null);
  },
);

/** Lets a banned reader comment again. */
export const liftBan = defineAction({ schema: liftBanSchema, role: "editor" }, async ({ userId }, viewer) => {
  if (!(await removeBan({ userId, actorId: viewer.id })).ok) return fail("not-found", "This reader is not banned.");
  return ok(null);
});
