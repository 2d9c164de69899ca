import type { Metadata } from "next";
import Link from "next/link";
import { CommentModerationButtons } from "@/components/admin/comment-moderation";
import { PageTitle } from "@/components/admin/page-title";
import { buttonClass } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { countRecentActivity, listCommentsAwaitingReview, listTopPosts, type RankedPost } from "@/db/queries/dashboard";
import { countPostsByState } from "@/db/queries/admin-posts";
import { requireRole } from "@/lib/auth/guards";
import { paths } from "@/lib/site";

export const metadata: Metadata = { title: "Dashboard" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

function Stat({ label, value, href }: { label: string; value: number; href?: string }) {
  const content = (
    <>
      <span className="block text-3xl font-bold tabular-nums">{value.toLocaleString("en")}</span>
      <span className="text-sm text-muted">{label}</span>
    </>
  );
  return (
    <li className="rounded-xl border border-border bg-surface p-4">
      {href ? (
        <Link href={href} className="block hover:text-accent">
          {content}
        </Link>
      ) : (
        content
      )}
    </li>
  );
}

function Ranking({ title, posts, unit }: { title: string; posts: RankedPost[]; unit: string }) {
  return (
    <section aria-labelledby={`${unit}-heading`} className="rounded-xl border border-border bg-surface p-5">
      <h2 id={`${unit}-heading`} className="mb-3 font-medium">
        {title}
      </h2>
      {posts.length === 0 ? (
        <p className="text-sm text-muted">No {unit} yet.</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {posts.map((post) => (
            <li key={post.id} className="flex justify-between gap-3">
              <Link
                href={paths.post(post.slug)}
                prefetch={false}
                className="truncate hover:text-accent hover:underline"
              >
                {post.title}
              </Link>
              <span className="shrink-0 text-muted tabular-nums">
                {post.n} {post.n === 1 ? unit.replace(/s$/, "") : unit}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export default async function DashboardPage() {
  await requireRole("editor", "/admin");
  const [states, activity, mostLiked, mostDiscussed, awaiting] = await Promise.all([
    countPostsByState(),
    countRecentActivity(),
    listTopPosts({ by: "likes" }),
    listTopPosts({ by: "comments" }),
    listCommentsAwaitingReview(),
  ]);
  return (
    <>
      <PageTitle title="Dashboard">
        <Link href="/admin/posts/new" className={buttonClass.primary}>
          New post
        </Link>
      </PageTitle>
      <div className="space-y-8">
        <section aria-labelledby="posts-heading">
          <h2 id="posts-heading" className="mb-3 font-medium">
            Posts
          </h2>
          <ul className="grid grid-cols-3 gap-3">
            <Stat label="Published" value={states.published} href="/admin/posts?state=published" />
            <Stat label="Scheduled" value={states.scheduled} href="/admin/posts?state=scheduled" />
            <Stat label="Drafts" value={states.draft} href="/admin/posts?state=draft" />
          </ul>
        </section>
        <section aria-labelledby="activity-heading">
          <h2 id="activity-heading" className="mb-3 font-medium">
            Readers
          </h2>
          <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label="Comments, last 7 days" value={activity.comments7} />
            <Stat label="Comments, last 30 days" value={activity.comments30} />
            <Stat label="Likes, last 7 days" value={activity.likes7} />
            <Stat label="Likes, last 30 days" value={activity.likes30} />
          </ul>
        </section>
        <div className="grid gap-4 md:grid-cols-2">
          <Ranking title="Most liked" posts={mostLiked} unit="likes" />
          <Ranking title="Most discussed" posts={mostDiscussed} unit="comments" />
        </div>
        <section aria-labelledby="awaiting-heading" className="rounded-xl border border-border bg-surface p-5">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="awaiting-heading" className="font-medium">
              Comments awaiting a look ({awaiting.total})
            </h2>
            <Link href="/admin/comments?status=unreviewed" className="text-sm font-medium text-accent hover:underline">
              See all
            </Link>
          </div>
          {awaiting.items.length === 0 ? (
            <p className="text-sm text-muted">All caught up.</p>
          ) : (
            <ul className="divide-y divide-border">
              {awaiting.items.map((comment) => (
                <li key={comment.id} className="space-y-2 py-3 text-sm">
                  <p>
                    <span className="font-medium">{comment.author}</span>{" "}
                    <span className="text-muted">
                      on {comment.post.title}, <LocalTime dateTime={comment.createdAt.toISOString()} />
                    </span>
                  </p>
                  <p className="line-clamp-3 break-words whitespace-pre-wrap">{comment.body}</p>
                  <div className="flex flex-wrap items-center gap-3">
                    <CommentModerationButtons commentId={comment.id} status="published" reviewed={false} />
                    <Link
                      href={paths.comment(comment.id)}
                      prefetch={false}
                      className="font-medium text-accent hover:underline"
                    >
                      See it in place
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
