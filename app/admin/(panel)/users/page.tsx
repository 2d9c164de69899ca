import type { Metadata } from "next";
import { z } from "zod";
import { BanButton } from "@/components/admin/ban-button";
import { AdminPager } from "@/components/admin/admin-pager";
import { buttonClass, inputClass, PageTitle } from "@/components/admin/page-title";
import { RoleSelect } from "@/components/admin/role-select";
import { LocalTime } from "@/components/ui/local-time";
import { listUsersForAdmin } from "@/db/queries/users";
import { requireRole } from "@/lib/auth/guards";
import { first, pageQuerySchema, textQuerySchema } from "@/lib/search-params";

export const metadata: Metadata = { title: "Users" };
// Per request, behind the session check: never a static shell.
export const instant = false;

const roleSchema = z.enum(["reader", "editor", "admin"]).optional().catch(undefined);

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const viewer = await requireRole("admin", "/admin/users");
  const params = await searchParams;
  const filters = { q: textQuerySchema.parse(first(params.q)), role: roleSchema.parse(first(params.role)) };
  const page = pageQuerySchema.parse(first(params.page));
  const list = await listUsersForAdmin({ query: filters.q, role: filters.role, page });
  return (
    <>
      <PageTitle title="Users" description={`${list.total} ${list.total === 1 ? "account" : "accounts"}. Only admins see this page.`} />
      <form role="search" aria-label="Filter users" className="mb-6 grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <div>
          <label htmlFor="q" className="mb-1 block text-sm font-medium">Name or email contains</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="role" className="mb-1 block text-sm font-medium">Role</label>
          <select id="role" name="role" defaultValue={filters.role ?? ""} className={inputClass}>
            <option value="">Any role</option>
            <option value="reader">Readers</option>
            <option value="editor">Editors</option>
            <option value="admin">Admins</option>
          </select>
        </div>
        <button type="submit" className={buttonClass.secondary}>Filter</button>
      </form>
      <ul aria-label="Users" className="divide-y divide-border rounded-xl border border-border bg-surface">
        {list.items.map((user) => (
          <li key={user.id} className="grid gap-3 p-4 md:grid-cols-[1fr_auto] md:items-center">
            <div className="min-w-0 text-sm">
              <p className="font-medium">
                {user.name} {user.id === viewer.id && <span className="text-muted">(you)</span>}
              </p>
              <p className="truncate text-muted">{user.email}</p>
              <p className="mt-1 text-xs text-muted">
                Joined <LocalTime dateTime={user.createdAt.toISOString()} /> · {user.commentCount} comments · {user.likeCount} likes
                {user.lastActiveAt && <> · last active <LocalTime dateTime={user.lastActiveAt.toISOString()} /></>}
              </p>
              {user.ban && (
                <p className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">
                  Banned from commenting{user.ban.endsAt && <> until <LocalTime dateTime={user.ban.endsAt.toISOString()} /></>}: {user.ban.reason}
                </p>
              )}
            </div>
            <div className="flex flex-wrap items-start gap-2">
              <RoleSelect userId={user.id} name={user.name} role={user.role} />
              {user.role === "reader" && <BanButton userId={user.id} name={user.name} banned={Boolean(user.ban)} />}
            </div>
          </li>
        ))}
      </ul>
      <AdminPager list={list} path="/admin/users" query={filters} label="Pages of users" />
    </>
  );
}
