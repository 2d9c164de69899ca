import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { accountTokens, outbox, users } from "@/db/schema";
import { getActiveSignIn, startSignIn } from "@/db/queries/sign-ins";
import { makePost, makeUser } from "@/db/testing";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { linkIn, startMailbox } from "@/test/mailbox";
import { afterResponses, signInAs } from "@/test/viewer-mock";

// This file runs with email configured: a real SMTP server, started here, receives what is sent.
const mailbox = await startMailbox();
process.env.SMTP_URL = mailbox.url;
process.env.EMAIL_FROM = "Quire <hello@quire.test>";
afterAll(() => mailbox.stop());

const auth = vi.hoisted(() => ({ signIn: vi.fn<(...args: unknown[]) => Promise<undefined>>(async () => undefined) }));
vi.mock("@/auth", () => ({
  signIn: auth.signIn,
  signOut: vi.fn(async () => undefined),
  oauthProviderList: [],
  TooManyAttempts: class extends Error {},
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));

const {
  confirmEmailChange,
  requestPasswordReset,
  requestSignInLink,
  resetPassword,
  resendConfirmation,
  signInWithLink,
  signUpWithPassword,
} = await import("./actions");
const { changeMyEmail } = await import("../(blog)/account/actions");
const { setLike, addComment } = await import("../(blog)/posts/[slug]/actions");
const { deliverDueEmails } = await import("@/lib/email/deliver");
const { signInWithLinkToken } = await import("@/db/queries/account-links");
const { hashLinkToken } = await import("@/lib/auth/tokens");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** What arrived for an address once the work after the response is done. */
async function mailTo(address: string) {
  await afterResponses();
  return mailbox.received.filter((m) => m.to === address);
}

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;
const PASSWORD = "a quiet lantern by the sea";

beforeEach(() => {
  signInAs(null);
  auth.signIn.mockClear();
  mailbox.received.length = 0;
  mailbox.setDown(false);
});

describe("forgot password", () => {
  it("answers the same for an address with an account and one without; only the account's owner gets mail", async () => {
    const owner = await makeUser({ email: "owner@example.test", name: "Owner" });
    const known = await requestPasswordReset(null, form({ email: "Owner@Example.test" }));
    const unknown = await requestPasswordReset(null, form({ email: "nobody@example.test" }));
    expect(known).toEqual({
      ok: true,
      data: { checkInbox: "owner@example.test" },
      values: { email: "Owner@Example.test" },
    });
    expect(unknown).toEqual({
      ok: true,
      data: { checkInbox: "nobody@example.test" },
      values: { email: "nobody@example.test" },
    });

    const [mail, ...more] = await mailTo(owner.email);
    expect(more).toEqual([]);
    expect(await mailTo("nobody@example.test")).toEqual([]);
    expect(mail!.subject).toMatch(/reset your password/i);
    expect(mail!.html).toContain("Choose a new password");
    expect(mail!.text).toMatch(/You got this because/);
    // Only the hash is stored: the link's token is nowhere in the database.
    const token = tokenOf(linkIn(mail!, "/reset-password"));
    const [stored] = await getDb().select().from(accountTokens).where(eq(accountTokens.userId, owner.id));
    expect(stored!.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("sends at most three messages an hour to one address, without telling the asker", async () => {
    const owner = await makeUser({ email: "flooded@example.test" });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestPasswordReset(null, form({ email: owner.email })));
    expect(answers.every((a) => a?.ok)).toBe(true);
    expect(await mailTo(owner.email)).toHaveLength(3);
  });

  it("limits requests from one client address", async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await requestPasswordReset(null, form({ email: `x${i}@example.test` })));
    expect(answers.slice(0, 5).every((a) => a?.ok)).toBe(true);
    expect(answers[5]).toMatchObject({ ok: false, reason: "rate-limited" });
  });
});

describe("sign-in links", () => {
  async function signInLinkFor(email: string, returnTo?: string) {
    await requestSignInLink(null, form({ email, ...(returnTo && { returnTo }) }));
    const [mail] = await mailTo(email);
    return new URL(linkIn(mail!, "/sign-in/link"));
  }

  it("answers the same for an address with an account and one without; only the owner gets a link", async () => {
    const owner = await makeUser({ email: "linked@example.test", name: "Linked" });
    const known = await requestSignInLink(null, form({ email: "Linked@example.test" }));
    const unknown = await requestSignInLink(null, form({ email: "nobody-here@example.test" }));
    expect(known).toMatchObject({ ok: true, data: { checkInbox: "linked@example.test" } });
    expect(unknown).toMatchObject({ ok: true, data: { checkInbox: "nobody-here@example.test" } });
    expect(await mailTo("nobody-here@example.test")).toEqual([]);
    const [mail, ...more] = await mailTo(owner.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toMatch(/sign in to/i);
    expect(mail!.text).toMatch(/You got this because/);
  });

  it("signs in once, confirming the address, and goes back where the reader was", async () => {
    const owner = await makeUser({ email: "once@example.test", emailVerified: null });
    const link = await signInLinkFor(owner.email, "/posts/some-post#comments");
    expect(link.searchParams.get("returnTo")).toBe("/posts/some-post#comments");
    const token = link.searchParams.get("token")!;
    expect(await signInWithLink(null, form({ token, returnTo: link.searchParams.get("returnTo")! }))).toMatchObject({
      ok: true,
      data: { redirectTo: "/posts/some-post#comments" },
    });
    expect(auth.signIn).toHaveBeenCalledWith("sign-in-link", { token, redirect: false });
    // What the provider does with the token: one account, once.
    const tokenHash = hashLinkToken(token);
    expect(await signInWithLinkToken({ tokenHash, purpose: "sign-in" })).toMatchObject({
      id: owner.id,
      verified: true,
    });
    expect(await signInWithLinkToken({ tokenHash, purpose: "sign-in" })).toBeNull();
  });

  it("refuses an expired link, a made-up one, another purpose's and one for an address the account left", async () => {
    const late = await makeUser({ email: "late-link@example.test" });
    const token = (await signInLinkFor(late.email)).searchParams.get("token")!;
    await getDb()
      .update(accountTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(accountTokens.userId, late.id));
    expect(await signInWithLinkToken({ tokenHash: hashLinkToken(token), purpose: "sign-in" })).toBeNull();
    expect(await signInWithLinkToken({ tokenHash: hashLinkToken("x".repeat(43)), purpose: "sign-in" })).toBeNull();

    const reset = await makeUser({ email: "reset-only@example.test" });
    await requestPasswordReset(null, form({ email: reset.email }));
    const resetToken = tokenOf(linkIn((await mailTo(reset.email))[0]!, "/reset-password"));
    expect(await signInWithLinkToken({ tokenHash: hashLinkToken(resetToken), purpose: "sign-in" })).toBeNull();

    const moved = await makeUser({ email: "left@example.test" });
    const movedToken = (await signInLinkFor(moved.email)).searchParams.get("token")!;
    await getDb().update(users).set({ email: "arrived@example.test" }).where(eq(users.id, moved.id));
    expect(await signInWithLinkToken({ tokenHash: hashLinkToken(movedToken), purpose: "sign-in" })).toBeNull();
  });

  it("keeps a made-up return address on this site", async () => {
    const owner = await makeUser({ email: "safe-return@example.test" });
    const link = await signInLinkFor(owner.email, "https://evil.example/phish");
    expect(link.searchParams.get("returnTo")).toBeNull();
  });

  it("limits requests from one client address", async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await requestSignInLink(null, form({ email: `l${i}@example.test` })));
    expect(answers.slice(0, 5).every((a) => a?.ok)).toBe(true);
    expect(answers[5]).toMatchObject({ ok: false, reason: "rate-limited" });
  });
});

describe("resetPassword", () => {
  async function resetLinkFor(email: string) {
    await requestPasswordReset(null, form({ email }));
    const [mail] = await mailTo(email);
    return tokenOf(linkIn(mail!, "/reset-password"));
  }

  it("sets the new password, ends every session of the account, and works once", async () => {
    const owner = await makeUser({
      email: "reset@example.test",
      passwordHash: await hashPassword("the old passphrase"),
    });
    const other = await makeUser();
    const ownerSession = await startSignIn({ userId: owner.id, userAgent: null, lifetimeSeconds: 3600 });
    const otherSession = await startSignIn({ userId: other.id, userAgent: null, lifetimeSeconds: 3600 });
    const token = await resetLinkFor(owner.email);

    const result = await resetPassword(null, form({ token, password: PASSWORD }));
    expect(result).toMatchObject({ ok: true, data: { redirectTo: "/" } });
    // Neither the token nor the password is sent back to the form.
    expect(result!.values).toEqual({});
    const [row] = await getDb().select().from(users).where(eq(users.id, owner.id));
    expect(await verifyPassword(row!.passwordHash!, PASSWORD)).toBe(true);
    expect(row!.emailVerified).not.toBeNull();
    expect(await getActiveSignIn({ id: ownerSession, userId: owner.id, idleSeconds: 3600 })).toBeNull();
    expect(await getActiveSignIn({ id: otherSession, userId: other.id, idleSeconds: 3600 })).not.toBeNull();
    expect(auth.signIn).toHaveBeenCalledWith("credentials", {
      email: owner.email,
      password: PASSWORD,
      redirect: false,
    });

    expect(await resetPassword(null, form({ token, password: "another fine passphrase" }))).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    const [after] = await getDb().select().from(users).where(eq(users.id, owner.id));
    expect(await verifyPassword(after!.passwordHash!, PASSWORD)).toBe(true);
  });

  it("refuses an expired link, a made-up one and an older link once a newer was sent", async () => {
    const owner = await makeUser({ email: "late@example.test", passwordHash: "old" });
    const first = await resetLinkFor(owner.email);
    mailbox.received.length = 0;
    const second = await resetLinkFor(owner.email);
    expect(await resetPassword(null, form({ token: first, password: PASSWORD }))).toMatchObject({ reason: "invalid" });
    expect(await resetPassword(null, form({ token: "x".repeat(43), password: PASSWORD }))).toMatchObject({
      reason: "invalid",
    });
    await getDb()
      .update(accountTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(accountTokens.userId, owner.id));
    expect(await resetPassword(null, form({ token: second, password: PASSWORD }))).toMatchObject({ reason: "invalid" });
    const [row] = await getDb().select().from(users).where(eq(users.id, owner.id));
    expect(row!.passwordHash).toBe("old");
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it("refuses a link sent to an address the account no longer has", async () => {
    const owner = await makeUser({ email: "moved@example.test", passwordHash: "old" });
    const token = await resetLinkFor(owner.email);
    await getDb().update(users).set({ email: "elsewhere@example.test" }).where(eq(users.id, owner.id));
    expect(await resetPassword(null, form({ token, password: PASSWORD }))).toMatchObject({ reason: "invalid" });
  });
});

describe("sign-up with email configured", () => {
  it("does not sign in, and answers 'check your inbox' alike for a new address and a taken one", async () => {
    const fresh = await signUpWithPassword(null, form({ name: "New", email: "new@example.test", password: PASSWORD }));
    const owner = await makeUser({ email: "taken@example.test", name: "Taken" });
    const taken = await signUpWithPassword(
      null,
      form({ name: "Imposter", email: "Taken@example.test", password: PASSWORD }),
    );
    expect(fresh).toMatchObject({ ok: true, data: { checkInbox: "new@example.test" } });
    expect(taken).toMatchObject({ ok: true, data: { checkInbox: "taken@example.test" } });
    expect(Object.keys(fresh!)).toEqual(Object.keys(taken!));
    expect(auth.signIn).not.toHaveBeenCalled();

    const [created] = await getDb().select().from(users).where(eq(users.email, "new@example.test"));
    expect(created!.emailVerified).toBeNull();
    const [welcome] = await mailTo("new@example.test");
    expect(welcome!.subject).toMatch(/confirm your email/i);
    const confirmed = await signInWithLinkToken({
      tokenHash: hashLinkToken(tokenOf(linkIn(welcome!, "/verify-email"))),
      purpose: "email-verification",
    });
    expect(confirmed).toMatchObject({ id: created!.id, verified: true });

    // The owner of the taken address is told, with a way back in; no second account exists.
    const [notice] = await mailTo(owner.email);
    expect(notice!.subject).toMatch(/tried to create an account/i);
    expect(notice!.text).not.toContain("Imposter");
    linkIn(notice!, "/reset-password");
    linkIn(notice!, "/sign-in");
    expect(await getDb().select().from(users).where(eq(users.email, "taken@example.test"))).toHaveLength(1);
  });

  it("a confirmation link works once", async () => {
    await signUpWithPassword(null, form({ name: "Once", email: "once@example.test", password: PASSWORD }));
    const [welcome] = await mailTo("once@example.test");
    const tokenHash = hashLinkToken(tokenOf(linkIn(welcome!, "/verify-email")));
    expect(await signInWithLinkToken({ tokenHash, purpose: "email-verification" })).not.toBeNull();
    expect(await signInWithLinkToken({ tokenHash, purpose: "email-verification" })).toBeNull();
  });
});

describe("readers who have not confirmed their address", () => {
  it("cannot like or comment until they do; confirmed readers can", async () => {
    const post = await makePost();
    const reader = await makeUser();
    signInAs({ ...reader, role: "reader" }, { verified: false });
    expect(await setLike({ postId: post.id, liked: true })).toMatchObject({ ok: false, reason: "unverified" });
    expect(await addComment({ postId: post.id, body: "Hello" })).toMatchObject({ ok: false, reason: "unverified" });
    signInAs({ ...reader, role: "reader" }, { verified: true });
    expect(await setLike({ postId: post.id, liked: true })).toMatchObject({ ok: true });
  });
});

describe("resendConfirmation", () => {
  it("refuses an anonymous caller", async () => {
    expect(await resendConfirmation({})).toMatchObject({ ok: false, reason: "unauthenticated" });
    expect(await mailTo("anyone@example.test")).toEqual([]);
  });

  it("sends a new link to the caller's own address only, and nothing once confirmed", async () => {
    const reader = await makeUser({ email: "resend@example.test" });
    const other = await makeUser({ email: "bystander@example.test" });
    signInAs({ ...reader, role: "reader" }, { verified: false });
    expect(await resendConfirmation({})).toEqual({ ok: true, data: { sentTo: "resend@example.test" } });
    expect(await mailTo(reader.email)).toHaveLength(1);
    expect(await mailTo(other.email)).toEqual([]);
    await getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, reader.id));
    expect(await resendConfirmation({})).toEqual({ ok: true, data: { sentTo: null } });
  });
});

describe("delivery", () => {
  it("retries a message while the SMTP server is down, then delivers it exactly once", async () => {
    const owner = await makeUser({ email: "patient@example.test" });
    mailbox.setDown(true);
    await requestPasswordReset(null, form({ email: owner.email }));
    expect(await mailTo(owner.email)).toEqual([]);
    const [waiting] = await getDb().select().from(outbox);
    expect(waiting).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(waiting!.lastError).toMatch(/451|try again/i);
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: a run now sends nothing.
    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });

    mailbox.setDown(false);
    await getDb()
      .update(outbox)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(outbox.id, waiting!.id));
    expect(await deliverDueEmails()).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
    const received = await mailTo(owner.email);
    expect(received).toHaveLength(1);
    expect(received[0]!.messageId).toBe(`<${waiting!.id}@localhost>`);
    const [sent] = await getDb().select().from(outbox);
    expect(sent).toMatchObject({ attempts: 2, sentVia: "smtp", lastError: null });
  });
});

describe("changing one's email", () => {
  const OLD_PASSWORD = "the old passphrase here";
  async function owner(email: string) {
    return makeUser({ email, name: "Mover", passwordHash: await hashPassword(OLD_PASSWORD) });
  }

  it("refuses an anonymous caller", async () => {
    expect(await changeMyEmail(null, form({ email: "new@example.test", password: "x" }))).toMatchObject({
      reason: "unauthenticated",
    });
  });

  it("asks for the password, then moves only when the link sent to the new address is used; the old one is told", async () => {
    const me = await owner("before@example.test");
    signInAs({ ...me, role: "reader" });
    expect(await changeMyEmail(null, form({ email: "after@example.test", password: "wrong one" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That is not your password."] },
    });
    expect(await changeMyEmail(null, form({ email: "After@example.test", password: OLD_PASSWORD }))).toMatchObject({
      ok: true,
      data: { checkInbox: "after@example.test" },
      values: { email: "After@example.test" },
    });
    // Nothing changes until the link is used.
    expect((await getDb().select().from(users).where(eq(users.id, me.id)))[0]!.email).toBe("before@example.test");
    const [link] = await mailTo("after@example.test");
    const token = tokenOf(linkIn(link!, "/confirm-email"));

    signInAs(null);
    expect(await confirmEmailChange(null, form({ token }))).toMatchObject({
      ok: true,
      data: { redirectTo: "/account" },
    });
    const [row] = await getDb().select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ email: "after@example.test" });
    expect(row!.emailVerified).not.toBeNull();
    const [told] = await mailTo("before@example.test");
    expect(told!.subject).toMatch(/was changed/);
    expect(told!.text).toContain("after@example.test");
    expect(await confirmEmailChange(null, form({ token }))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("answers the same for an address another account has, and sends nothing there", async () => {
    const me = await owner("mine@example.test");
    await makeUser({ email: "theirs@example.test" });
    signInAs({ ...me, role: "reader" });
    expect(await changeMyEmail(null, form({ email: "theirs@example.test", password: OLD_PASSWORD }))).toMatchObject({
      ok: true,
      data: { checkInbox: "theirs@example.test" },
    });
    expect(await mailTo("theirs@example.test")).toEqual([]);
  });

  it("keeps the account as it was when another account took the address before the link was used", async () => {
    const me = await owner("slow@example.test");
    signInAs({ ...me, role: "reader" });
    await changeMyEmail(null, form({ email: "contested@example.test", password: OLD_PASSWORD }));
    const [link] = await mailTo("contested@example.test");
    await makeUser({ email: "contested@example.test" });
    expect(await confirmEmailChange(null, form({ token: tokenOf(linkIn(link!, "/confirm-email")) }))).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    expect((await getDb().select().from(users).where(eq(users.id, me.id)))[0]!.email).toBe("slow@example.test");
    expect(await mailTo("slow@example.test")).toEqual([]);
  });

  it("moves the address and queues the old address's notice together, or neither", async () => {
    const me = await owner("together@example.test");
    signInAs({ ...me, role: "reader" });
    await changeMyEmail(null, form({ email: "moved@example.test", password: OLD_PASSWORD }));
    const [link] = await mailTo("moved@example.test");
    const tokenHash = hashLinkToken(tokenOf(linkIn(link!, "/confirm-email")));
    const { changeEmailWithToken } = await import("@/db/queries/account-links");
    const broken = () => ({ kind: "email-changed", to: "x", subject: "x", text: "x", html: null as unknown as string });
    await expect(changeEmailWithToken({ tokenHash, notice: broken })).rejects.toThrow();
    // The notice could not be stored, so nothing happened: the link still works, once.
    expect((await getDb().select().from(users).where(eq(users.id, me.id)))[0]!.email).toBe("together@example.test");
    const { emailChangedEmail } = await import("@/lib/email/messages");
    expect(await changeEmailWithToken({ tokenHash, notice: emailChangedEmail })).toMatchObject({ ok: true });
    const queued = await getDb().select().from(outbox).where(eq(outbox.toAddress, "together@example.test"));
    expect(queued).toEqual([expect.objectContaining({ kind: "email-changed" })]);
  });
});
