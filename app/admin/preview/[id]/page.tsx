import { Eye } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import BlogLayout from "@/app/(blog)/layout";
import { PostBody } from "@/components/post/post-body";
import { PostHero } from "@/components/post/post-hero";
import { getPostForPreview } from "@/db/queries/editor-posts";
import { requireRole } from "@/lib/auth/guards";
import { renderPostBody } from "@/lib/post-body";

export const metadata: Metadata = { title: "Preview" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

const stateText = { draft: "a draft", scheduled: "scheduled", published: "published" } as const;

/** A post of any state as readers will see it, for editors only (never cached, never indexed). */
export default async function PreviewPage({ params }: PageProps<"/admin/preview/[id]">) {
  const { id } = await params;
  await requireRole("editor", `/admin/preview/${id}`);
  const postId = z.uuid().safeParse(id);
  const post = postId.success ? await getPostForPreview({ id: postId.data }) : null;
  if (!post) notFound();
  const { tree: body, images } = await renderPostBody(post.body);
  return (
    <BlogLayout>
      <div role="note" className="bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm sm:px-6">
          <p className="flex items-center gap-2 font-medium">
            <Eye aria-hidden className="size-4" /> Preview: this post is {stateText[post.state]}
            {post.state === "published" ? "." : ", only editors can see it."}
          </p>
          <Link href={`/admin/posts/${post.id}`} className="font-medium underline">
            Back to the editor
          </Link>
        </div>
      </div>
      <article>
        <PostHero post={post} live={false} />
        <div className="mx-auto max-w-3xl space-y-14 px-4 pt-12 pb-16 sm:px-6 sm:pt-16">
          <PostBody tree={body} images={images} />
          {post.tags.length > 0 && (
            <ul aria-label="Tags" className="flex flex-wrap gap-2 text-sm">
              {post.tags.map((tag) => (
                <li key={tag.slug} className="rounded-full bg-surface-2 px-3 py-1 text-muted">
                  #{tag.name}
                </li>
              ))}
            </ul>
          )}
        </div>
      </article>
    </BlogLayout>
  );
}
