import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageTitle } from "@/components/admin/page-title";
import { buttonClass } from "@/components/ui/button";
import { RestoreRevisionButton } from "@/components/admin/restore-revision-button";
import { TextDiff } from "@/components/admin/text-diff";
import { LocalTime } from "@/components/ui/local-time";
import { getPostForEditing } from "@/db/queries/editor-posts";
import { getRevision, listRevisions } from "@/db/queries/revisions";
import { requireRole } from "@/lib/auth/guards";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Revisions" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

export default async function RevisionsPage({ params, searchParams }: PageProps<"/admin/posts/[id]/revisions">) {
  const { id } = await params;
  await requireRole("editor", `/admin/posts/${id}/revisions`);
  const postId = z.uuid().safeParse(id);
  if (!postId.success) notFound();
  const [post, revisions] = await Promise.all([
    getPostForEditing({ id: postId.data }),
    listRevisions({ postId: postId.data }),
  ]);
  if (!post) notFound();
  const wanted = z.uuid().safeParse(first((await searchParams).compare));
  const compared = wanted.success ? await getRevision({ postId: post.id, revisionId: wanted.data }) : null;

  return (
    <>
      <PageTitle
        title="Revisions"
        description={`“${post.title}”: every save is kept. Compare one with the current text, and restore it if you need to.`}
      >
        <Link href={`/admin/posts/${post.id}`} className={buttonClass.secondary}>
          Back to the editor
        </Link>
      </PageTitle>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <nav aria-label="Revisions">
          {revisions.length === 0 ? (
            <p className="text-sm text-muted">No revisions yet: they are kept from the first save in the editor.</p>
          ) : (
            <ol className="space-y-1">
              {revisions.map((revision, i) => (
                <li key={revision.id}>
                  <Link
                    href={`/admin/posts/${post.id}/revisions?compare=${revision.id}`}
                    aria-current={compared?.id === revision.id ? "page" : undefined}
                    className="block rounded-lg px-3 py-2 text-sm hover:bg-surface-2 aria-[current]:bg-accent-soft aria-[current]:text-accent"
                  >
                    <LocalTime dateTime={revision.createdAt.toISOString()} className="font-medium" />
                    <span className="block text-xs text-muted">
                      {revision.savedBy ?? "Someone"}
                      {i === 0 ? " · latest save" : ""}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </nav>
        <section aria-label="Comparison" className="min-w-0 space-y-5">
          {compared ? (
            <>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 className="font-medium">
                  Revision of <LocalTime dateTime={compared.createdAt.toISOString()} /> compared with the current text
                </h2>
                <RestoreRevisionButton
                  postId={post.id}
                  revisionId={compared.id}
                  savedAt={compared.createdAt.toISOString().slice(0, 16).replace("T", " ") + " UTC"}
                />
              </div>
              <p className="text-sm text-muted">
                <del className="bg-red-100 px-1 dark:bg-red-900/60">Struck out</del>: only in the revision.{" "}
                <ins className="bg-emerald-100 px-1 no-underline dark:bg-emerald-900/60">Highlighted</ins>: only in the
                current text.
              </p>
              <h3 className="text-sm font-medium">Title</h3>
              <TextDiff before={compared.title} after={post.title} by="words" />
              <h3 className="text-sm font-medium">Excerpt</h3>
              <TextDiff before={compared.excerpt} after={post.excerpt} by="words" />
              <h3 className="text-sm font-medium">Body</h3>
              <TextDiff before={compared.body} after={post.body} />
            </>
          ) : (
            <p className="rounded-xl border border-dashed border-border p-10 text-center text-muted">
              Choose a revision to compare it with the current text.
            </p>
          )}
        </section>
      </div>
    </>
  );
}
