import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireRole } from "@/lib/auth/guards";
import { site } from "@/lib/site";

/** The admin frame. Each page checks the role itself too: this layout is not the only guard. */
export default async function AdminPanelLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireRole("editor", "/admin");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <p className="font-serif text-xl font-bold tracking-tight">
            <Link href="/admin">{site().name}</Link>{" "}
            <span className="font-sans text-sm font-medium text-muted">admin</span>
          </p>
          <div className="flex items-center gap-2 text-sm">
            {/* Admin links into the public site are not prefetched: an editor's own browser should
                not set public pages regenerating while that editor is saving. */}
            <Link
              href="/"
              prefetch={false}
              className="rounded-full px-3 py-1.5 font-medium text-muted hover:bg-surface-2 hover:text-fg"
            >
              View site
            </Link>
            <span className="hidden text-muted sm:inline">{viewer.name}</span>
            <SignOutButton className="rounded-full px-3 py-1.5 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg" />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row lg:gap-10">
        <aside className="lg:w-52 lg:shrink-0">
          <AdminNav isAdmin={viewer.role === "admin"} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
