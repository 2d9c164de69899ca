import type { Metadata } from "next";
import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { PageTitle } from "@/components/admin/page-title";
import { LocalTime } from "@/components/ui/local-time";
import { listModerationLog, type LogEntry } from "@/db/queries/moderation";
import { requireRole } from "@/lib/auth/guards";
import { first, pageQuerySchema } from "@/lib/search-params";
import { paths } from "@/lib/site";

export const metadata: Metadata = { title: "Moderation log" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

const verbs: Record<LogEntry["action"], string> = {
  "comment.hide": "hid a comment",
  "comment.unhide": "unhid a comment",
  "comment.delete": "deleted a comment",
  "comment.approve": "looked at a comment",
  "user.ban": "banned",
  "user.unban": "lifted the ban on",
  "user.role": "changed the role of",
};

export default async function ModerationLogPage({ searchParams }: PageProps<"/admin/log">) {
  await requireRole("editor", "/admin/log");
  const page = pageQuerySchema.parse(first((await searchParams).page));
  const log = await listModerationLog({ page });
  return (
    <>
      <PageTitle title="Moderation log" description="Who did what to which comment or reader, and when." />
      {log.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-10 text-center text-muted">
          Nothing has been moderated yet.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-border bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Moderation actions, newest first</caption>
            <thead className="border-b border-border text-xs text-muted uppercase">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  When
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Who
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  What
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Details
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {log.items.map((entry) => (
                <tr key={entry.id}>
                  <td className="px-4 py-3 whitespace-nowrap text-muted">
                    <LocalTime dateTime={entry.createdAt.toISOString()} />
                  </td>
                  <td className="px-4 py-3">{entry.actor ?? "A deleted account"}</td>
                  <td className="px-4 py-3">
                    {verbs[entry.action]}
                    {entry.user && (entry.action.startsWith("user.") ? " " : " by ")}
                    {entry.user?.name}
                    {entry.post && (
                      <>
                        {" "}
                        on{" "}
                        <Link href={`/admin/posts/${entry.post.id}`} className="hover:underline">
                          {entry.post.title}
                        </Link>
                      </>
                    )}
                  </td>
                  <td className="px-4 py-3 text-muted">
                    {entry.detail}
                    {entry.commentId && entry.action !== "comment.delete" && (
                      <Link
                        href={paths.comment(entry.commentId)}
                        prefetch={false}
                        className="ml-1 text-accent hover:underline"
                      >
                        the comment
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AdminPager list={log} path="/admin/log" label="Pages of the log" />
    </>
  );
}
