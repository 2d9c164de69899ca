import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "@/test/viewer-mock";

vi.mock("@/auth", () => ({
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  oauthProviderList: [],
  TooManyAttempts: class extends Error {},
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));

const { signUpWithPassword } = await import("./actions");

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
