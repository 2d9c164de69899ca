import { z } from "zod";
import { countVisibleComments } from "@/db/queries/comments";
import { countLikes, isLiked } from "@/db/queries/likes";
import { getViewer } from "@/lib/auth/session";

/** Live like and comment counts of a post, and whether the signed-in reader likes it. */
export async function GET(_request: Request, { params }: RouteContext<"/api/posts/[id]/engagement">) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Not found" }, { status: 404 });
  const postId = id.data;
  const viewer = await getViewer();
  const [likeCount, commentCount, liked] = await Promise.all([
    countLikes({ postId }),
    countVisibleComments({ postId }),
    viewer ? isLiked({ postId, userId: viewer.id }) : false,
  ]);
  return Response.json({ likeCount, commentCount, liked }, { headers: { "Cache-Control": "private, no-store" } });
}
