import { describe, expect, it } from "vitest";
import { makeUser } from "../testing";
import { createPasswordUser, getAuthUser, getUserWithPasswordByEmail } from "./users";

describe("users", () => {
  it("creates a reader with a normalised email, once per address whatever the case", async () => {
    const created = await createPasswordUser({
      name: " Ada ",
      email: " Ada@Example.TEST ",
      passwordHash: "h",
      verified: true,
    });
    expect(created).toMatchObject({ ok: true, user: { name: "Ada", email: "ada@example.test", role: "reader" } });
    expect(
      await createPasswordUser({ name: "Other", email: "ADA@example.test", passwordHash: "h2", verified: true }),
    ).toEqual({
      ok: false,
      reason: "email-taken",
    });
  });

  it("finds a person with their hash by email, case-insensitively", async () => {
    await createPasswordUser({ name: "Grace", email: "grace@example.test", passwordHash: "hash", verified: true });
    expect(await getUserWithPasswordByEmail({ email: "GRACE@example.test" })).toMatchObject({
      name: "Grace",
      passwordHash: "hash",
    });
    expect(await getUserWithPasswordByEmail({ email: "nobody@example.test" })).toBeNull();
  });

  it("reads the current role, and nothing private", async () => {
    const editor = await makeUser({ role: "editor", passwordHash: "secret" });
    const found = await getAuthUser({ id: editor.id });
    expect(found?.role).toBe("editor");
    expect(found).not.toHaveProperty("passwordHash");
    expect(await getAuthUser({ id: "missing" })).toBeNull();
  });
});
