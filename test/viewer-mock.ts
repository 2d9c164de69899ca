import { vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";

const state = vi.hoisted(() => ({
  viewer: null as Viewer | null,
  invalidated: [] as string[],
  expiredAtOnce: [] as string[],
}));

vi.mock("@/lib/auth/session", () => ({ getViewer: async () => state.viewer }));

vi.mock("next/cache", () => ({
  updateTag: (tag: string) => (state.invalidated.push(tag), state.expiredAtOnce.push(tag)),
  revalidateTag: (tag: string) => state.invalidated.push(tag),
  cacheTag: () => {},
  cacheLife: () => {},
}));

/** Cache invalidations the actions asked for, at once or in the background. */
export const invalidated = state.invalidated;

/** The tags among them expired at once (updateTag), not refreshed in the background. */
export const expiredAtOnce = state.expiredAtOnce;

/** Signs the mocked session in as this user (or out, with null). */
export function signInAs(user: { id: string; name: string; role: Viewer["role"] } | null): void {
  state.viewer = user && { id: user.id, name: user.name, image: null, role: user.role };
}
