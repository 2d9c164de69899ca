"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import {
  changeAccountPassword,
  deleteAccount,
  endAccountSession,
  getAccount,
  endOtherSignIns,
  getPasswordHash,
  removeAccountAvatar,
  renameAccount,
  setAccountAvatar,
  sessionAgeSeconds,
  updateAuthorProfile,
} from "@/db/queries/account";
import { normaliseEmail } from "@/db/queries/users";
import { defineAction, defineFormAction, fail, ok, type ActionResult } from "@/lib/actions";
import { sendEmailChangeLink } from "@/lib/auth/account-mail";
import { hashPassword, isCommonPassword, verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/roles";
import { authorProfileChanged, personDeleted, personPictureChanged, personRenamed } from "@/lib/invalidate";
import { rules, takeAttempt, takeAttempts, giveBack } from "@/lib/rate-limit";
import { inspectAvatar } from "@/lib/uploads";
import {
  authorProfileSchema,
  avatarSchema,
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  endSessionSchema,
  removeAvatarSchema,
  renameSchema,
} from "./schema";

/** Changes the signed-in person's display name, everywhere it shows. */
export const renameMyself = defineFormAction({ schema: renameSchema, role: "reader" }, async ({ name }, viewer) => {
  const shownOn = await renameAccount({ userId: viewer.id, name });
  if (!shownOn) return fail("not-found", "Your account is no longer there.");
  personRenamed(shownOn);
  return ok({ name: name.trim() });
});

const tooManyPictures = "You have changed your picture many times this hour. Please try again later.";

/**
 * Sets the signed-in person's picture from an upload, after the same checks as the media
 * library's (what the bytes really are, size, pixels), as a square WebP without metadata.
 */
export const uploadMyAvatar = defineAction({ schema: avatarSchema, role: "reader" }, async ({ file }, viewer) => {
  if (!(await takeAttempt(rules.avatarChangesPerReader, viewer.id))) return fail("rate-limited", tooManyPictures);
  const inspected = await inspectAvatar(new Uint8Array(await file.arrayBuffer()));
  if (!inspected.ok) return fail("invalid", inspected.message, { file: [inspected.message] });
  const stored = await setAccountAvatar({ userId: viewer.id, data: inspected.data });
  if (!stored) return fail("not-found", "Your account is no longer there.");
  personPictureChanged({ userId: viewer.id, shownOn: stored.shownOn });
  return ok({ image: stored.image });
});

/** Takes the signed-in person's picture away: their initials show instead. */
export const removeMyAvatar = defineAction({ schema: removeAvatarSchema, role: "reader" }, async (_input, viewer) => {
  if (!(await takeAttempt(rules.avatarChangesPerReader, viewer.id))) return fail("rate-limited", tooManyPictures);
  const shownOn = await removeAccountAvatar({ userId: viewer.id });
  if (!shownOn) return fail("not-found", "Your account is no longer there.");
  personPictureChanged({ userId: viewer.id, shownOn });
  return ok(null);
});

/**
 * Changes the password after checking the current one, and ends every other session: whoever
 * may have had the old password is signed out; this browser stays signed in.
 */
export const changeMyPassword = defineFormAction(
  { schema: changePasswordSchema, role: "reader", secret: ["currentPassword", "password"] },
  async ({ currentPassword, password }, viewer) => {
    const stored = await getPasswordHash({ userId: viewer.id });
    if (!stored) {
      return fail("invalid", "Your account signs in with a provider and has no password here to change.");
    }
    // The same limit as sign-in, per account: a stolen session cannot guess the password here.
    const attempt = await takeAttempts([rules.signInPerAccount, `${viewer.id}|password-change`]);
    if (!attempt) return fail("rate-limited", "Too many wrong passwords. Please wait 15 minutes and try again.");
    if (!(await verifyPassword(stored, currentPassword))) {
      return fail("invalid", "Please check the highlighted fields.", {
        currentPassword: ["That is not your current password."],
      });
    }
    await giveBack(attempt);
    if (isCommonPassword(password)) {
      return fail("invalid", "Please check the highlighted fields.", {
        password: ["That password is one of the most common ones, and easy to guess. Please choose another."],
      });
    }
    await changeAccountPassword({
      userId: viewer.id,
      passwordHash: await hashPassword(password),
      keepSessionId: viewer.sessionId,
    });
    return ok(null);
  },
);

/** Ends one of the signed-in person's other sessions (a browser they no longer use). */
export const endMySession = defineAction(
  { schema: endSessionSchema, role: "reader" },
  async ({ sessionId }, viewer) => {
    if (sessionId === viewer.sessionId) return fail("invalid", "That is this browser: use Sign out instead.");
    const ended = await endAccountSession({ userId: viewer.id, sessionId });
    if (!ended.ok) return fail("not-found", "That session has ended already.");
    return ok(null);
  },
);

/** Ends every session of the signed-in person but this one. */
export const endMyOtherSessions = defineAction({ schema: z.object({}), role: "reader" }, async (_input, viewer) => {
  if (!viewer.sessionId) return fail("error", "This browser's session is not known. Please sign in again.");
  return ok({ ended: await endOtherSignIns({ userId: viewer.id, keepSessionId: viewer.sessionId }) });
});

/** How recent a sign-in must be to stand in for a password (accounts with a provider only). */
const FRESH_SIGN_IN_SECONDS = 10 * 60;

/**
 * Proof that the person at the keyboard owns the account, before a change that could lock them
 * out of it: their password (limited like sign-in), or for an account without one a sign-in in
 * the last ten minutes. Null when proven; otherwise the failure to answer.
 */
async function confirmIdentity(viewer: Viewer, password: string | undefined, doing: string) {
  const stored = await getPasswordHash({ userId: viewer.id });
  if (stored) {
    const attempt = await takeAttempts([rules.signInPerAccount, `${viewer.id}|confirm`]);
    if (!attempt) return fail("rate-limited", "Too many wrong passwords. Please wait 15 minutes and try again.");
    if (!password || !(await verifyPassword(stored, password))) {
      return fail("invalid", "Please check the highlighted fields.", {
        password: [password ? "That is not your password." : `Enter your password to ${doing}.`],
      });
    }
    await giveBack(attempt);
    return null;
  }
  const age = viewer.sessionId ? await sessionAgeSeconds({ userId: viewer.id, sessionId: viewer.sessionId }) : null;
  if (age === null || age > FRESH_SIGN_IN_SECONDS) {
    return fail("forbidden", `Please sign out and sign in again, then ${doing} within ten minutes.`);
  }
  return null;
}

/**
 * Deletes the signed-in person's account, after their password (or, for provider accounts, a
 * sign-in in the last ten minutes), then signs this browser out.
 */
export const deleteMyAccount = defineFormAction(
  { schema: deleteAccountSchema, role: "reader", secret: ["password"] },
  async ({ password }, viewer): Promise<ActionResult> => {
    const refusal = await confirmIdentity(viewer, password, "delete your account");
    if (refusal) return refusal;
    const deleted = await deleteAccount({ userId: viewer.id });
    if (!deleted.ok) {
      if (deleted.reason === "last-admin") {
        return fail("conflict", "You are the only admin. Make someone else an admin first, then delete your account.");
      }
      return fail("not-found", "Your account is no longer there.");
    }
    personDeleted({ userId: viewer.id, ...deleted });
    await signOut({ redirect: false });
    // A page outside the blog's layout, so that nothing on screen still knows the reader.
    redirect("/account-deleted");
  },
);

/**
 * Starts moving the account to another address: a link goes there, and nothing changes until it
 * is used. The answer is the same whether or not another account has that address.
 */
export const changeMyEmail = defineFormAction(
  { schema: changeEmailSchema, role: "reader", secret: ["password"] },
  async ({ email, password }, viewer) => {
    const refusal = await confirmIdentity(viewer, password, "change your email");
    if (refusal) return refusal;
    const account = await getAccount({ userId: viewer.id });
    if (!account) return fail("not-found", "Your account is no longer there.");
    if (normaliseEmail(email) === normaliseEmail(account.email)) {
      return fail("invalid", "Please check the highlighted fields.", { email: ["That is the address you have now."] });
    }
    await sendEmailChangeLink(account, email);
    return ok({ checkInbox: normaliseEmail(email) });
  },
);

/** Sets the signed-in author's public bio and author page address (editors and admins). */
export const saveAuthorProfile = defineFormAction(
  { schema: authorProfileSchema, role: "editor" },
  async ({ bio, slug }, viewer) => {
    const saved = await updateAuthorProfile({ userId: viewer.id, bio, slug });
    if (!saved.ok) {
      if (saved.reason === "slug-taken") {
        return fail("conflict", "Please check the highlighted fields.", {
          slug: ["Another author has this address. Please choose another."],
        });
      }
      return fail("not-found", "Your account is no longer there.");
    }
    authorProfileChanged(saved.postIds);
    return ok({ slug });
  },
);
