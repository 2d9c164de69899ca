import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { commentBans, moderationLog, users } from "@/db/schema";
import { getActiveSignIn, startSignIn } from "@/db/queries/sign-ins";
import { makeUser } from "@/db/testing";
import { signInAs } from "@/test/viewer-mock";
import { changeRole } from "./actions";

const roleOf = async (id: string) =>
  (await getDb().select({ role: users.role }).from(users).where(eq(users.id, id)))[0]?.role;

beforeEach(() => signInAs(null));

describe("changeRole", () => {
  it("lets an admin make a reader an editor, logs it, and lifts any ban", async () => {
    const admin = await makeUser({ role: "admin" });
    const reader = await makeUser();
    await getDb().insert(commentBans).values({ userId: reader.id, reason: "Old ban" });
    signInAs(admin);
    expect(await changeRole({ userId: reader.id, role: "editor" })).toEqual({ ok: true, data: null });
    expect(await roleOf(reader.id)).toBe("editor");
    expect(await getDb().select().from(commentBans)).toHaveLength(0);
    expect(await getDb().select().from(moderationLog)).toMatchObject([
      { action: "user.role", userId: reader.id, detail: "reader → editor" },
    ]);
  });

  it("never removes the last admin, even the admin themself", async () => {
    const admin = await makeUser({ role: "admin" });
    signInAs(admin);
    expect(await changeRole({ userId: admin.id, role: "reader" })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await roleOf(admin.id)).toBe("admin");
    const second = await makeUser({ role: "admin" });
    expect(await changeRole({ userId: second.id, role: "editor" })).toMatchObject({ ok: true });
    expect(await changeRole({ userId: admin.id, role: "editor" })).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("ends every session of someone given less power, not of someone given more", async () => {
    signInAs(await makeUser({ role: "admin" }));
    const editor = await makeUser({ role: "editor" });
    const reader = await makeUser();
    const session = async (userId: string) => startSignIn({ userId, userAgent: null, lifetimeSeconds: 3600 });
    const holds = async (id: string, userId: string) =>
      (await getActiveSignIn({ id, userId, idleSeconds: 3600 })) !== null;
    const [editorSession, readerSession] = [await session(editor.id), await session(reader.id)];
    expect(await changeRole({ userId: reader.id, role: "editor" })).toMatchObject({ ok: true });
    expect(await holds(readerSession, reader.id)).toBe(true);
    expect(await changeRole({ userId: editor.id, role: "reader" })).toMatchObject({ ok: true });
    expect(await holds(editorSession, editor.id)).toBe(false);
  });

  it("answers not-found for an unknown account", async () => {
    signInAs(await makeUser({ role: "admin" }));
    expect(await changeRole({ userId: "nobody", role: "editor" })).toMatchObject({ ok: false, reason: "not-found" });
  });
});
