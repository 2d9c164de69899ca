import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "./auth/roles";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("./auth/session", () => ({ getViewer: async () => session.viewer }));

const { defineAction, defineFormAction, ok } = await import("./actions");

const reader: Viewer = { id: "r", name: "Reader", image: null, role: "reader", verified: true, sessionId: null };
const schema = z.object({ name: z.string().min(1, "Say a name."), password: z.string().min(3, "Too short.") });

describe("defineAction", () => {
  it("guards a role: anonymous callers and lower roles are refused before anything runs", async () => {
    const handler = vi.fn(async () => ok(null));
    const action = defineAction({ schema, role: "editor" }, handler);
    session.viewer = null;
    expect(await action({ name: "a", password: "abc" })).toMatchObject({ ok: false, reason: "unauthenticated" });
    session.viewer = reader;
    expect(await action({ name: "a", password: "abc" })).toMatchObject({ ok: false, reason: "forbidden" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets anyone call a public action, with the viewer or null, and still parses the input", async () => {
    const seen: (string | null)[] = [];
    const action = defineAction({ schema, role: "public" }, async (_input, viewer) => {
      seen.push(viewer?.id ?? null);
      return ok(null);
    });
    session.viewer = null;
    expect(await action({ name: "a", password: "abc" })).toEqual({ ok: true, data: null });
    session.viewer = reader;
    expect(await action({ name: "a", password: "abc" })).toEqual({ ok: true, data: null });
    expect(await action({ name: "", password: "abc" })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: ["Say a name."] },
    });
    expect(seen).toEqual([null, "r"]);
  });

  it("refuses a NUL byte or a lone surrogate in any text, at any depth, before the schema and the handler", async () => {
    const handler = vi.fn(async () => ok(null));
    const action = defineAction(
      { schema: z.object({ name: z.string(), tags: z.array(z.string()) }), role: "public" },
      handler,
    );
    expect(await action({ name: "Ada\u0000", tags: [] })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: [expect.stringMatching(/NUL byte/)] },
    });
    expect(await action({ name: "Ada", tags: ["ok", "\uD800"] })).toMatchObject({
      ok: false,
      fieldErrors: { tags: [expect.any(String)] },
    });
    expect(await action({ name: "Ada 😀 \uD83D\uDE00", tags: [] })).toEqual({ ok: true, data: null });
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe("defineFormAction", () => {
  it("answers what was typed with the result, never the secret fields", async () => {
    const action = defineFormAction({ schema, role: "public", secret: ["password"] }, async ({ name }) =>
      ok({ hello: name }),
    );
    session.viewer = null;
    const form = new FormData();
    form.set("name", "Ada");
    form.set("password", "x");
    form.set("$ACTION_ID_abc", "");
    const failed = await action(null, form);
    expect(failed).toMatchObject({ ok: false, fieldErrors: { password: ["Too short."] }, values: { name: "Ada" } });
    expect(JSON.stringify(failed)).not.toContain('"password":"x"');
    form.set("password", "long enough");
    expect(await action(failed, form)).toEqual({ ok: true, data: { hello: "Ada" }, values: { name: "Ada" } });
  });

  it("guards a role like defineAction", async () => {
    const action = defineFormAction({ schema, role: "reader" }, async () => ok(null));
    session.viewer = null;
    expect(await action(null, new FormData())).toMatchObject({ ok: false, reason: "unauthenticated", values: {} });
  });
});
