import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { BanButton } from "@/components/admin/ban-button";
import { CommentModerationButtons } from "@/components/admin/comment-moderation";
import { AdminPager } from "@/components/admin/admin-pager";
import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { PageTitle } from "@/components/admin/page-title";
import { LocalTime } from "@/components/ui/local-time";
import { listCommentsForModeration } from "@/db/queries/moderation";
import { listPostsForEditors } from "@/db/queries/admin-posts";
import { requireRole } from "@/lib/auth/guards";
import { first, idQuerySchema, pageQuerySchema } from "@/lib/search-params";
import { paths } from "@/lib/site";

export const metadata: Metadata = { title: "Comments" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

const filterSchema = z.enum(["published", "hidden", "deleted", "unreviewed"]).optional().catch(undefined);
const statusLabel = { published: "Visible", hidden: "Hidden by a moderator", deleted: "Deleted" } as const;

export default async function ModerationPage({ searchParams }: PageProps<"/admin/comments">) {
  await requireRole("editor", "/admin/comments");
  const params = await searchParams;
  const filters = { post: idQuerySchema.parse(first(params.post)), status: filterSchema.parse(first(params.status)) };
  const page = pageQuerySchema.parse(first(params.page));
  const [list, posts] = await Promise.all([
    listCommentsForModeration({ postId: filters.post, filter: filters.status, page }),
    listPostsForEditors({ pageSize: 200 }),
  ]);

  return (
    <>
      <PageTitle
        title="Comments"
        description="Newest first. Hidden comments leave a “hidden by a moderator” marker so their threads survive."
      />
      <FilterForm label="Filter comments" columns="sm:grid-cols-[1fr_1fr_auto]">
        <FilterSelect
          name="post"
          label="Post"
          value={filters.post}
          any="All posts"
          options={posts.items.map((p) => ({ value: p.id, label: p.title }))}
        />
        <FilterSelect
          name="status"
          label="Status"
          value={filters.status}
          any="Any status"
          options={[
            { value: "unreviewed", label: "Awaiting a look" },
            { value: "published", label: "Visible" },
            { value: "hidden", label: "Hidden" },
            { value: "deleted", label: "Deleted" },
          ]}
        />
      </FilterForm>

      {list.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-10 text-center text-muted">No comment matches.</p>
      ) : (
        <ol aria-label="Comments" className="space-y-4">
          {list.items.map((comment) => (
            <li key={comment.id} className="rounded-xl border border-border bg-surface p-4">
              <article aria-label={`Comment by ${comment.author.name}`} className="space-y-3">
                <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
                  <span className="font-medium">{comment.author.name}</span>
                  {comment.author.banned && (
                    <span className="rounded-full bg-red-100 px-2 text-xs text-red-900 dark:bg-red-900/50 dark:text-red-100">
                      banned
                    </span>
                  )}
                  <span className="text-muted">
                    on{" "}
                    <Link href={`/admin/posts/${comment.post.id}`} className="hover:underline">
                      {comment.post.title}
                    </Link>
                  </span>
                  <LocalTime dateTime={comment.createdAt.toISOString()} className="text-muted" />
                  <span className="text-xs text-muted">
                    {statusLabel[comment.status]}
                    {comment.status === "published" && !comment.reviewedAt ? " · awaiting a look" : ""}
                  </span>
                </header>
                <p className="text-sm break-words whitespace-pre-wrap">
                  {comment.status === "deleted" ? <em className="text-muted">Text deleted.</em> : comment.body}
                </p>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <CommentModerationButtons
                    commentId={comment.id}
                    status={comment.status}
                    reviewed={Boolean(comment.reviewedAt)}
                  />
                  <div className="flex flex-wrap items-center gap-2">
                    <Link
                      href={paths.comment(comment.id)}
                      prefetch={false}
                      className="text-sm font-medium text-accent hover:underline"
                    >
                      See it in place
                    </Link>
                    {comment.author.role === "reader" && (
                      <BanButton userId={comment.author.id} name={comment.author.name} banned={comment.author.banned} />
                    )}
                  </div>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
      <AdminPager list={list} path="/admin/comments" query={filters} label="Pages of comments" />
    </>
  );
}
