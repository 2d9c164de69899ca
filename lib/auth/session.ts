import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import type { Viewer } from "./roles";

export type { Viewer } from "./roles";

/** The signed-in person for this request, or null; looked up once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name ?? "Reader", image: user.image ?? null, role: user.role };
});
