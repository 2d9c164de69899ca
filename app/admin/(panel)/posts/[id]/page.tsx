import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FreshOnNavigation } from "@/components/admin/fresh-on-navigation";
import { PostEditor } from "@/components/admin/post-editor";
import { getPostForEditing } from "@/db/queries/editor-posts";
import { requireRole } from "@/lib/auth/guards";
import { first } from "@/lib/search-params";
import { loadEditorChoices } from "../editor-data";

export const metadata: Metadata = { title: "Edit post" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

const doneSchema = z.enum(["keep", "draft", "now", "schedule"]).optional().catch(undefined);

export default async function EditPostPage({ params, searchParams }: PageProps<"/admin/posts/[id]">) {
  const { id } = await params;
  await requireRole("editor", `/admin/posts/${id}`);
  const postId = z.uuid().safeParse(id);
  const [post, choices] = await Promise.all([
    postId.success ? getPostForEditing({ id: postId.data }) : null,
    loadEditorChoices(),
  ]);
  if (!post) notFound();
  return (
    <FreshOnNavigation>
      <PostEditor
        done={doneSchema.parse(first((await searchParams).done))}
        {...choices}
        initial={{
          id: post.id,
          version: post.version,
          title: post.title,
          slug: post.slug,
          excerpt: post.excerpt,
          body: post.body,
          categoryId: post.categoryId,
          tags: post.tags,
          cover: post.cover,
          commentsMode: post.commentsMode,
          state: post.state,
          publishedAt: post.publishedAt?.toISOString() ?? null,
        }}
      />
    </FreshOnNavigation>
  );
}
