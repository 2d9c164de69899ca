import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getActiveSignIn, startSignIn } from "@/db/queries/sign-ins";
import { makeUser } from "@/db/testing";
import { signInAs } from "@/test/viewer-mock";

vi.mock("@/auth", () => ({
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  oauthProviderList: [],
  TooManyAttempts: class extends Error {},
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));

const { requestSignInLink, signOutEverywhere, signUpWithPassword } = await import("./actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  signInAs(null);
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

describe("requestSignInLink without mail configured", () => {
  it("is refused: a link written to the server log would sign in whoever reads it", async () => {
    await makeUser({ email: "logged@example.test" });
    expect(await requestSignInLink(null, form({ email: "logged@example.test" }))).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    const { listOutbox } = await import("@/db/queries/outbox");
    expect((await listOutbox({})).items).toEqual([]);
  });
});

describe("signUpWithPassword against hostile text", () => {
  // (A lone surrogate cannot reach a form action: FormData turns it into U+FFFD, as an HTTP form
  // post does. Arguments passed as JSON can carry one: lib/actions.test.ts covers those.)
  it("refuses a NUL byte in the name with a message, and logs nothing (no hash, no parameters)", async () => {
    const name = "Ada\u0000Lovelace";
    const result = await signUpWithPassword(
      null,
      form({ name, email: `nul-${Date.now()}@example.test`, password: "a quiet lantern by the sea" }),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: [expect.stringMatching(/character/)] },
    });
    expect(errors).not.toHaveBeenCalled();
  });
});

describe("signOutEverywhere", () => {
  const holds = async (id: string, userId: string) =>
    (await getActiveSignIn({ id, userId, idleSeconds: 3600 })) !== null;

  it("refuses an anonymous caller and ends nothing", async () => {
    const reader = await makeUser();
    const session = await startSignIn({ userId: reader.id, userAgent: null, lifetimeSeconds: 3600 });
    expect(await signOutEverywhere({})).toMatchObject({ ok: false, reason: "unauthenticated" });
    expect(await holds(session, reader.id)).toBe(true);
  });

  it("ends every session of the caller, and none of another reader's", async () => {
    const reader = await makeUser();
    const other = await makeUser();
    const mine = [
      await startSignIn({ userId: reader.id, userAgent: "Phone", lifetimeSeconds: 3600 }),
      await startSignIn({ userId: reader.id, userAgent: "Laptop", lifetimeSeconds: 3600 }),
    ];
    const theirs = await startSignIn({ userId: other.id, userAgent: null, lifetimeSeconds: 3600 });
    signInAs(reader);
    expect(await signOutEverywhere({})).toEqual({ ok: true, data: null });
    for (const id of mine) expect(await holds(id, reader.id)).toBe(false);
    expect(await holds(theirs, other.id)).toBe(true);
  });
});
