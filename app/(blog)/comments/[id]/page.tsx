import type { Metadata } from "next";
import Link from "next/link";
import type { CommentNode } from "@/db/queries/comments";
import { pageMetadata } from "@/lib/metadata";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { z } from "zod";
import { CommentThread } from "@/components/comments/comment-threads";
import { getCommentPermalink } from "@/lib/content";
import { paths } from "@/lib/site";

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export function generateStaticParams() {
  // Cache Components needs one entry; it is no comment and renders the 404 page. Real
  // permalinks render on their first visit and are cached.
  return [{ id: "00000000-0000-0000-0000-000000000000" }];
}

async function load(params: PageProps<"/comments/[id]">["params"]) {
  const id = z.uuid().safeParse((await params).id);
  return id.success ? getCommentPermalink(id.data) : null;
}

/** The comment itself among its thread. */
function findComment(node: CommentNode, id: string): CommentNode | null {
  if (node.id === id) return node;
  for (const reply of node.replies) {
    const found = findComment(reply, id);
    if (found) return found;
  }
  return null;
}

export async function generateMetadata({ params }: PageProps<"/comments/[id]">): Promise<Metadata> {
  const { id } = await params;
  const data = await load(params);
  if (!data) return {};
  const comment = findComment(data.thread, id);
  const by = comment?.author?.name ?? "a reader";
  const text = comment?.body?.replace(/\s+/g, " ").trim() ?? "";
  return pageMetadata({
    title: `Comment by ${by} on “${data.post.title}”`,
    description: text ? (text.length > 160 ? `${text.slice(0, 157)}…` : text) : `A comment on “${data.post.title}”.`,
    path: paths.comment(id),
  });
}

/** One comment's permalink: its whole thread, with the way back to the post's discussion. */
export default async function CommentPermalink({ params }: PageProps<"/comments/[id]">) {
  const data = await load(params);
  if (!data) notFound();
  const { post, thread } = data;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <Link
        href={`${paths.post(post.slug)}#comments`}
        className="inline-flex items-center gap-1.5 text-sm font-medium text-accent hover:underline"
      >
        <ArrowLeft aria-hidden className="size-4" /> All comments on the post
      </Link>
      <h1 className="mt-4 font-serif text-3xl font-bold tracking-tight text-balance">
        A thread on{" "}
        <Link
          href={paths.post(post.slug)}
          className="underline decoration-border underline-offset-4 hover:decoration-accent"
        >
          {post.title}
        </Link>
      </h1>
      <ol className="mt-8 space-y-4">
        <CommentThread comment={thread} postId={post.id} />
      </ol>
    </div>
  );
}
