import { vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";

const state = vi.hoisted(() => ({
  viewer: null as Viewer | null,
  invalidated: [] as string[],
  expiredAtOnce: [] as string[],
  afterResponse: [] as Promise<unknown>[],
}));

vi.mock("@/lib/auth/session", () => ({ getViewer: async () => state.viewer }));

vi.mock("next/cache", () => ({
  updateTag: (tag: string) => (state.invalidated.push(tag), state.expiredAtOnce.push(tag)),
  revalidateTag: (tag: string) => state.invalidated.push(tag),
  cacheTag: () => {},
  cacheLife: () => {},
}));

// `after()` needs a request; here the work starts at once, and tests can wait for it.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => state.afterResponse.push(Promise.resolve().then(task)),
}));

/** Waits for the work actions left for after their response (`after()`), such as sending mail. */
export async function afterResponses(): Promise<void> {
  while (state.afterResponse.length > 0) await Promise.all(state.afterResponse.splice(0));
}

/** Cache invalidations the actions asked for, at once or in the background. */
export const invalidated = state.invalidated;

/** The tags among them expired at once (updateTag), not refreshed in the background. */
export const expiredAtOnce = state.expiredAtOnce;

/** Signs the mocked session in as this user (or out, with null). */
export function signInAs(
  user: { id: string; name: string; role: Viewer["role"] } | null,
  { verified = true, sessionId = null }: { verified?: boolean; sessionId?: string | null } = {},
): void {
  state.viewer = user && { id: user.id, name: user.name, image: null, role: user.role, verified, sessionId };
}
