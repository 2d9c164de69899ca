import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getActiveSignIn, startSignIn } from "@/db/queries/sign-ins";
import { likes, users } from "@/db/schema";
import { addLikes, makeComment, makePost, makeUser } from "@/db/testing";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { cacheTags } from "@/lib/cache";
import { invalidated, signInAs } from "@/test/viewer-mock";
import { changeMyPassword, endMyOtherSessions, endMySession, renameMyself } from "./actions";
import { GET as download } from "./data/route";

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
