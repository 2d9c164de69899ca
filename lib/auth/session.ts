import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { emailDelivery } from "../email/config";
import type { Viewer } from "./roles";

export type { Viewer } from "./roles";

/** The signed-in person for this request, or null; looked up once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  return {
    id: user.id,
    name: user.name ?? "Reader",
    image: user.image ?? null,
    role: user.role,
    // Without SMTP nobody could receive a confirmation link, so every account counts as confirmed.
    verified: user.verified || emailDelivery() === "log",
    sessionId: user.sessionId ?? null,
  };
});
