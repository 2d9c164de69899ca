import type { Metadata } from "next";
import { z } from "zod";
import { BanButton } from "@/components/admin/ban-button";
import { AdminPager } from "@/components/admin/admin-pager";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/admin/filter-form";
import { PageTitle } from "@/components/admin/page-title";
import { RoleSelect } from "@/components/admin/role-select";
import { LocalTime } from "@/components/ui/local-time";
import { listUsersForAdmin } from "@/db/queries/users";
import { requireRole } from "@/lib/auth/guards";
import { first, pageQuerySchema, textQuerySchema } from "@/lib/search-params";
import { userRoles } from "@/db/enums";

export const metadata: Metadata = { title: "Users" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

const roleSchema = z.enum(userRoles).optional().catch(undefined);

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const viewer = await requireRole("admin", "/admin/users");
  const params = await searchParams;
  const filters = { q: textQuerySchema.parse(first(params.q)), role: roleSchema.parse(first(params.role)) };
  const page = pageQuerySchema.parse(first(params.page));
  const list = await listUsersForAdmin({ query: filters.q, role: filters.role, page });
  return (
    <>
      <PageTitle
        title="Users"
        description={`${list.total} ${list.total === 1 ? "account" : "accounts"}. Only admins see this page.`}
      />
      <FilterForm label="Filter users" columns="sm:grid-cols-[1fr_auto_auto]">
        <FilterSearch name="q" label="Name or email contains" value={filters.q} />
        <FilterSelect
          name="role"
          label="Role"
          value={filters.role}
          any="Any role"
          options={[
            { value: "reader", label: "Readers" },
            { value: "editor", label: "Editors" },
            { value: "admin", label: "Admins" },
          ]}
        />
      </FilterForm>
      <ul aria-label="Users" className="divide-y divide-border rounded-xl border border-border bg-surface">
        {list.items.map((user) => (
          <li key={user.id} className="grid gap-3 p-4 md:grid-cols-[1fr_auto] md:items-center">
            <div className="min-w-0 text-sm">
              <p className="font-medium">
                {user.name} {user.id === viewer.id && <span className="text-muted">(you)</span>}
              </p>
              <p className="truncate text-muted">{user.email}</p>
              <p className="mt-1 text-xs text-muted">
                Joined <LocalTime dateTime={user.createdAt.toISOString()} /> · {user.commentCount} comments ·{" "}
                {user.likeCount} likes
                {user.lastActiveAt && (
                  <>
                    {" "}
                    · last active <LocalTime dateTime={user.lastActiveAt.toISOString()} />
                  </>
                )}
              </p>
              {user.ban && (
                <p className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">
                  Banned from commenting
                  {user.ban.endsAt && (
                    <>
                      {" "}
                      until <LocalTime dateTime={user.ban.endsAt.toISOString()} />
                    </>
                  )}
                  : {user.ban.reason}
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
