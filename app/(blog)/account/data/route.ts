import { exportAccountData } from "@/db/queries/account";
import { getViewer } from "@/lib/auth/session";
import { paths, site } from "@/lib/site";

/** "Download my data": the signed-in person's profile, comments and likes, as a JSON file. */
export async function GET() {
  const viewer = await getViewer();
  const noStore = { "Cache-Control": "private, no-store" };
  if (!viewer) return Response.json({ error: "Please sign in first." }, { status: 401, headers: noStore });
  const data = await exportAccountData({ userId: viewer.id });
  if (!data) return Response.json({ error: "Your account is no longer there." }, { status: 404, headers: noStore });
  const link = (path: string) => new URL(path, site().url).toString();
  const body = {
    site: site().name,
    exportedAt: new Date().toISOString(),
    profile: data.profile,
    comments: data.comments.map(({ postSlug, commentId, ...c }) => ({
      ...c,
      post: link(paths.post(postSlug)),
      permalink: link(paths.comment(commentId)),
    })),
    likes: data.likes.map(({ postSlug, ...l }) => ({ ...l, post: link(paths.post(postSlug)) })),
  };
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      ...noStore,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${site().name.replace(/[^\w.-]+/g, "-")}-my-data-${day}.json"`,
    },
  });
}
