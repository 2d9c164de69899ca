import { z } from "zod";
import { getEngagement } from "@/db/queries/engagement";
import { getViewer } from "@/lib/auth/session";

/** Live like and comment counts of a public post, and whether the signed-in reader likes it. */
export async function GET(_request: Request, { params }: RouteContext<"/api/posts/[id]/engagement">) {
  const id = z.uuid().safeParse((await params).id);
  const viewer = await getViewer();
  const engagement = id.success ? await getEngagement({ postId: id.data, userId: viewer?.id ?? null }) : null;
  if (!engagement) return Response.json({ error: "Not found" }, { status: 404 });
  return Response.json(engagement, { headers: { "Cache-Control": "private, no-store" } });
}
