import type { Metadata } from "next";
import { z } from "zod";
import { AdminPager } from "@/components/admin/admin-pager";
import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { PageTitle } from "@/components/admin/page-title";
import { Badge } from "@/components/admin/state-badge";
import { LocalTime } from "@/components/ui/local-time";
import { listOutbox } from "@/db/queries/outbox";
import { requireRole } from "@/lib/auth/guards";
import { emailDelivery } from "@/lib/email/config";
import { first, pageQuerySchema } from "@/lib/search-params";

export const metadata: Metadata = { title: "Outbox" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

/**
 * A message's text as an admin may see it. Its links' tokens sign in or reset a password: shown
 * only where the site sends no mail (the outbox is then the only way to follow them), hidden
 * once real mail carries them, so that no admin can take over a reader's account from here.
 */
const shownText = (text: string, delivery: "smtp" | "log") =>
  delivery === "log" ? text : text.replace(/([?&]token=)[^\s>&]+/g, "$1(hidden)");

const statusSchema = z.enum(["pending", "sent", "failed"]).optional().catch(undefined);

export default async function OutboxPage({ searchParams }: PageProps<"/admin/outbox">) {
  await requireRole("admin", "/admin/outbox");
  const params = await searchParams;
  const filters = { status: statusSchema.parse(first(params.status)) };
  const page = pageQuerySchema.parse(first(params.page));
  const list = await listOutbox({ status: filters.status, page });
  const delivery = emailDelivery();
  return (
    <>
      <PageTitle
        title="Outbox"
        description={
          delivery === "smtp"
            ? "Every message this site sends: sign-up confirmations, password resets. Only admins see this page."
            : "No SMTP server is set (SMTP_URL), so messages are not sent: they are written to the server log and kept here, links and all. Only admins see this page."
        }
      />
      <FilterForm label="Filter messages" columns="sm:grid-cols-[1fr_auto]">
        <FilterSelect
          name="status"
          label="State"
          value={filters.status}
          any="Any state"
          options={[
            { value: "pending", label: "Waiting" },
            { value: "sent", label: "Sent" },
            { value: "failed", label: "Given up" },
          ]}
        />
      </FilterForm>
      {list.items.length === 0 ? (
        <p className="rounded-xl border border-border bg-surface p-6 text-muted">No messages.</p>
      ) : (
        <ul aria-label="Messages" className="divide-y divide-border rounded-xl border border-border bg-surface">
          {list.items.map((message) => (
            <li key={message.id} className="p-4 text-sm">
              <details>
                <summary className="cursor-pointer list-none">
                  <span className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="min-w-0">
                      <span className="font-medium">{message.subject}</span>
                      <span className="block truncate text-muted">to {message.to}</span>
                    </span>
                    <Badge tone={message.status === "sent" ? "good" : message.status === "failed" ? "bad" : "waiting"}>
                      {message.status === "sent"
                        ? message.sentVia === "log"
                          ? "Logged"
                          : "Sent"
                        : message.status === "failed"
                          ? "Given up"
                          : "Waiting"}
                    </Badge>
                  </span>
                  <span className="mt-1 block text-xs text-muted">
                    {message.kind} · queued <LocalTime dateTime={message.createdAt.toISOString()} />
                    {message.sentAt && (
                      <>
                        {" "}
                        · sent <LocalTime dateTime={message.sentAt.toISOString()} />
                      </>
                    )}
                    {message.status === "pending" && message.attempts > 0 && (
                      <>
                        {" "}
                        · {message.attempts} failed {message.attempts === 1 ? "attempt" : "attempts"}, next{" "}
                        <LocalTime dateTime={message.nextAttemptAt.toISOString()} />
                      </>
                    )}
                  </span>
                  {message.lastError && message.status !== "sent" && (
                    <span className="mt-1 block text-xs text-red-700 dark:text-red-400">{message.lastError}</span>
                  )}
                </summary>
                <pre className="mt-3 overflow-x-auto rounded-lg bg-surface-2 p-3 font-mono text-xs whitespace-pre-wrap">
                  {shownText(message.text, delivery)}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      <AdminPager list={list} path="/admin/outbox" query={filters} label="Pages of messages" />
    </>
  );
}
