import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { getAuthorRedirect } from "@/db/queries/redirects";
import { getActiveSignIn, startSignIn } from "@/db/queries/sign-ins";
import { comments, likes, users } from "@/db/schema";
import { addLikes, makeComment, makePost, makeUser } from "@/db/testing";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { cacheTags } from "@/lib/cache";
import { invalidated, signInAs } from "@/test/viewer-mock";
vi.mock("@/auth", () => ({ signOut: vi.fn(async () => undefined) }));

const { changeMyPassword, deleteMyAccount, endMyOtherSessions, endMySession, renameMyself, saveAuthorProfile } =
  await import("./actions");
const { GET: download } = await import("./data/route");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const OLD = "the old passphrase here";
const NEW = "a brand new lantern";
const session = (userId: string) => startSignIn({ userId, userAgent: "Firefox", lifetimeSeconds: 3600 });
const holds = async (id: string, userId: string) => (await getActiveSignIn({ id, userId, idleSeconds: 3600 })) !== null;
const reader = async (name: string) => makeUser({ name, passwordHash: await hashPassword(OLD) });
const asReader = (user: { id: string; name: string }, sessionId: string | null = null) =>
  signInAs({ ...user, role: "reader" }, { sessionId });

beforeEach(() => {
  signInAs(null);
  invalidated.length = 0;
});

describe("renameMyself", () => {
  it("refuses an anonymous caller", async () => {
    expect(await renameMyself(null, form({ name: "Nobody" }))).toMatchObject({ ok: false, reason: "unauthenticated" });
  });

  it("renames the caller only, and refreshes the threads that show the name", async () => {
    const me = await reader("Old Name");
    const other = await reader("Other");
    const post = await makePost();
    await makeComment(post.id, { authorId: me.id });
    asReader(me);
    expect(await renameMyself(null, form({ name: "  New Name " }))).toMatchObject({
      ok: true,
      data: { name: "New Name" },
    });
    const names = await getDb().select({ id: users.id, name: users.name }).from(users);
    expect(names.find((u) => u.id === me.id)!.name).toBe("New Name");
    expect(names.find((u) => u.id === other.id)!.name).toBe("Other");
    expect(invalidated).toContain(cacheTags.comments(post.id));
  });

  it("keeps what was typed when the name is refused", async () => {
    const me = await reader("Keeper");
    asReader(me);
    const result = await renameMyself(null, form({ name: "x".repeat(81) }));
    expect(result).toMatchObject({ ok: false, reason: "invalid", values: { name: "x".repeat(81) } });
  });
});

describe("changeMyPassword", () => {
  it("refuses an anonymous caller", async () => {
    expect(await changeMyPassword(null, form({ currentPassword: OLD, password: NEW }))).toMatchObject({
      reason: "unauthenticated",
    });
  });

  it("asks for the current password, and never echoes either", async () => {
    const me = await reader("Careful");
    asReader(me);
    const result = await changeMyPassword(null, form({ currentPassword: "not it at all", password: NEW }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });
    expect(result!.values).toEqual({});
    const [row] = await getDb().select().from(users).where(eq(users.id, me.id));
    expect(await verifyPassword(row!.passwordHash!, OLD)).toBe(true);
  });

  it("changes the caller's password and ends their other sessions, keeping this one and nobody else's", async () => {
    const me = await reader("Mover");
    const other = await reader("Bystander");
    const here = await session(me.id);
    const phone = await session(me.id);
    const theirs = await session(other.id);
    asReader(me, here);
    expect(await changeMyPassword(null, form({ currentPassword: OLD, password: NEW }))).toMatchObject({ ok: true });
    const [row] = await getDb().select().from(users).where(eq(users.id, me.id));
    expect(await verifyPassword(row!.passwordHash!, NEW)).toBe(true);
    expect(await holds(here, me.id)).toBe(true);
    expect(await holds(phone, me.id)).toBe(false);
    expect(await holds(theirs, other.id)).toBe(true);
  });
});

describe("endMySession and endMyOtherSessions", () => {
  it("refuse an anonymous caller", async () => {
    const me = await reader("Owner");
    const phone = await session(me.id);
    expect(await endMySession({ sessionId: phone })).toMatchObject({ reason: "unauthenticated" });
    expect(await endMyOtherSessions({})).toMatchObject({ reason: "unauthenticated" });
    expect(await holds(phone, me.id)).toBe(true);
  });

  it("never end another reader's session", async () => {
    const me = await reader("Me");
    const other = await reader("Them");
    const theirs = await session(other.id);
    asReader(me, await session(me.id));
    expect(await endMySession({ sessionId: theirs })).toMatchObject({ ok: false, reason: "not-found" });
    expect(await endMyOtherSessions({})).toEqual({ ok: true, data: { ended: 0 } });
    expect(await holds(theirs, other.id)).toBe(true);
  });

  it("end the caller's chosen session, or all but this one", async () => {
    const me = await reader("Traveller");
    const here = await session(me.id);
    const [laptop, phone, tablet] = [await session(me.id), await session(me.id), await session(me.id)];
    asReader(me, here);
    expect(await endMySession({ sessionId: here })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await endMySession({ sessionId: laptop })).toEqual({ ok: true, data: null });
    expect(await holds(laptop, me.id)).toBe(false);
    expect(await holds(phone, me.id)).toBe(true);
    expect(await endMyOtherSessions({})).toEqual({ ok: true, data: { ended: 2 } });
    expect(await holds(phone, me.id)).toBe(false);
    expect(await holds(tablet, me.id)).toBe(false);
    expect(await holds(here, me.id)).toBe(true);
  });
});

describe("GET /account/data", () => {
  it("refuses an anonymous caller", async () => {
    const response = await download();
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("gives the caller their own profile, comments with their posts, and likes, and nothing of another reader's", async () => {
    const me = await reader("Exporter");
    const other = await reader("Someone Else");
    const post = await makePost({ title: "A post worth keeping" });
    await makeComment(post.id, { authorId: me.id, body: "My own words" });
    await makeComment(post.id, { authorId: other.id, body: "Their words" });
    await addLikes(post.id, 2);
    await getDb().insert(likes).values({ postId: post.id, userId: me.id });
    asReader(me);
    const response = await download();
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Quire-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = await response.json();
    expect(data.profile).toMatchObject({ name: "Exporter", email: me.email });
    expect(data.comments).toEqual([
      expect.objectContaining({
        body: "My own words",
        postTitle: "A post worth keeping",
        post: `http://localhost:3000/posts/${post.slug}`,
      }),
    ]);
    expect(JSON.stringify(data)).not.toContain("Their words");
    expect(JSON.stringify(data)).not.toContain(other.email);
    expect(data.likes).toEqual([expect.objectContaining({ postTitle: "A post worth keeping" })]);
  });
});

describe("deleteMyAccount", () => {
  // Success ends in redirect() to the farewell page: Next's redirect is thrown, with its target.
  const goneToFarewell = { digest: expect.stringContaining(";/account-deleted;") };
  const commentRow = async (id: string) => (await getDb().select().from(comments).where(eq(comments.id, id)))[0];
  const userRow = async (id: string) => (await getDb().select().from(users).where(eq(users.id, id)))[0]!;

  it("refuses an anonymous caller", async () => {
    expect(await deleteMyAccount(null, form({ password: OLD }))).toMatchObject({ reason: "unauthenticated" });
  });

  it("asks for the password and deletes nothing without it", async () => {
    const me = await reader("Hesitant");
    asReader(me, await session(me.id));
    expect(await deleteMyAccount(null, form({ password: "not it at all" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That is not your password."] },
      values: {},
    });
    expect((await userRow(me.id)).deletedAt).toBeNull();
  });

  it("removes the caller's personal data and likes; answered comments stay as markers, the rest vanish", async () => {
    const me = await reader("Leaving Reader");
    const other = await reader("Staying Reader");
    const post = await makePost();
    const answered = await makeComment(post.id, { authorId: me.id, body: "Answered words" });
    const reply = await makeComment(post.id, { authorId: other.id, parent: answered, body: "A reply" });
    const lonely = await makeComment(post.id, { authorId: me.id, body: "Nobody answered" });
    // A comment answered only by the leaver's own reply goes with it.
    const selfAnswered = await makeComment(post.id, { authorId: me.id, body: "Talking to myself" });
    const selfReply = await makeComment(post.id, { authorId: me.id, parent: selfAnswered, body: "Still me" });
    await getDb().insert(likes).values({ postId: post.id, userId: me.id });
    const theirs = await session(other.id);
    asReader(me, await session(me.id));

    await expect(deleteMyAccount(null, form({ password: OLD }))).rejects.toMatchObject(goneToFarewell);
    const gone = await userRow(me.id);
    expect(gone).toMatchObject({ name: "Deleted account", passwordHash: null, image: null, bio: null, role: "reader" });
    expect(gone.email).not.toContain("leaving");
    expect(gone.deletedAt).not.toBeNull();
    expect(await commentRow(answered.id)).toMatchObject({ status: "deleted", body: "(deleted)" });
    expect(await commentRow(reply.id)).toMatchObject({ body: "A reply", status: "published" });
    expect(await commentRow(lonely.id)).toBeUndefined();
    expect(await commentRow(selfAnswered.id)).toBeUndefined();
    expect(await commentRow(selfReply.id)).toBeUndefined();
    expect(await getDb().select().from(likes).where(eq(likes.userId, me.id))).toEqual([]);
    expect(await holds(theirs, other.id)).toBe(true);
    expect((await userRow(other.id)).deletedAt).toBeNull();
    expect(invalidated).toContain(cacheTags.comments(post.id));
  });

  it("refuses the last admin", async () => {
    const admin = await makeUser({ role: "admin", passwordHash: await hashPassword(OLD) });
    signInAs({ ...admin, role: "admin" }, { sessionId: await session(admin.id) });
    expect(await deleteMyAccount(null, form({ password: OLD }))).toMatchObject({ ok: false, reason: "conflict" });
    expect((await userRow(admin.id)).deletedAt).toBeNull();
  });

  it("lets a provider account go only right after a sign-in", async () => {
    const me = await makeUser({ name: "Provider Person" });
    const old = await session(me.id);
    await getDb().execute(sql`update sign_ins set created_at = now() - interval '1 hour' where id = ${old}`);
    asReader(me, old);
    expect(await deleteMyAccount(null, form({}))).toMatchObject({ ok: false, reason: "forbidden" });
    asReader(me, await session(me.id));
    await expect(deleteMyAccount(null, form({}))).rejects.toMatchObject(goneToFarewell);
    expect((await userRow(me.id)).deletedAt).not.toBeNull();
  });
});

describe("saveAuthorProfile", () => {
  const profile = async (id: string) =>
    (await getDb().select({ bio: users.bio, slug: users.slug }).from(users).where(eq(users.id, id)))[0];

  it("refuses an anonymous caller and a reader (the wrong role)", async () => {
    expect(await saveAuthorProfile(null, form({ bio: "Hi", slug: "someone" }))).toMatchObject({
      reason: "unauthenticated",
    });
    const me = await reader("Just Reading");
    asReader(me);
    expect(await saveAuthorProfile(null, form({ bio: "Hi", slug: "just-reading" }))).toMatchObject({
      reason: "forbidden",
    });
    expect(await profile(me.id)).toEqual({ bio: null, slug: null });
  });

  it("sets the editor's own bio and address, never another's, and refuses a taken address keeping what was typed", async () => {
    const editor = await makeUser({ role: "editor", slug: "grace" });
    const other = await makeUser({ role: "editor", slug: "ada", bio: "Theirs" });
    const post = await makePost({ authorId: editor.id });
    signInAs({ ...editor, role: "editor" });
    expect(await saveAuthorProfile(null, form({ bio: "  Writes about type. ", slug: "Grace-Hopper" }))).toMatchObject({
      ok: true,
      data: { slug: "grace-hopper" },
    });
    expect(await profile(editor.id)).toEqual({ bio: "Writes about type.", slug: "grace-hopper" });
    expect(await profile(other.id)).toEqual({ bio: "Theirs", slug: "ada" });
    expect(invalidated).toContain(cacheTags.post(post.id));

    expect(await saveAuthorProfile(null, form({ bio: "New", slug: "ada" }))).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["Another author has this address. Please choose another."] },
      values: { bio: "New", slug: "ada" },
    });
    expect(await saveAuthorProfile(null, form({ bio: "", slug: "Not a slug!" }))).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await profile(editor.id)).toEqual({ bio: "Writes about type.", slug: "grace-hopper" });
  });

  it("leads the old address to the new one, until the author or someone else takes it", async () => {
    const editor = await makeUser({ role: "editor", slug: "first" });
    const other = await makeUser({ role: "editor", slug: "other" });
    signInAs({ ...editor, role: "editor" });
    await saveAuthorProfile(null, form({ bio: "", slug: "second" }));
    expect(await getAuthorRedirect({ slug: "first" })).toBe("second");
    await saveAuthorProfile(null, form({ bio: "", slug: "third" }));
    expect(await getAuthorRedirect({ slug: "first" })).toBe("third");
    expect(await getAuthorRedirect({ slug: "second" })).toBe("third");
    // Back to the first address: it is a page again, and no longer a redirect.
    await saveAuthorProfile(null, form({ bio: "", slug: "first" }));
    expect(await getAuthorRedirect({ slug: "first" })).toBeNull();
    expect(await getAuthorRedirect({ slug: "third" })).toBe("first");
    signInAs({ ...other, role: "editor" });
    await saveAuthorProfile(null, form({ bio: "", slug: "third" }));
    expect(await getAuthorRedirect({ slug: "third" })).toBeNull();
    expect(await getAuthorRedirect({ slug: "other" })).toBe("third");
  });
});
