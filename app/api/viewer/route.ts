import { getViewer } from "@/lib/auth/session";

/**
 * Who is signed in, for the browser: shared pages never read the session on the server (one
 * cookie read would make every page render per request), so the header asks here after load.
 */
export async function GET() {
  const viewer = await getViewer();
  return Response.json(
    { viewer: viewer && { id: viewer.id, name: viewer.name, image: viewer.image, role: viewer.role } },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
