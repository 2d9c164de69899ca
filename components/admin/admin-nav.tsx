"use client";

import { clsx } from "clsx";
import { FileText, Gauge, Images, Mail, MessageSquare, ScrollText, Tags, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/admin", label: "Dashboard", icon: Gauge, exact: true },
  { href: "/admin/posts", label: "Posts", icon: FileText },
  { href: "/admin/media", label: "Media", icon: Images },
  { href: "/admin/taxonomy", label: "Categories & tags", icon: Tags },
  { href: "/admin/comments", label: "Comments", icon: MessageSquare },
  { href: "/admin/log", label: "Moderation log", icon: ScrollText },
  { href: "/admin/users", label: "Users", icon: Users, adminOnly: true },
  { href: "/admin/outbox", label: "Outbox", icon: Mail, adminOnly: true },
];

/** The admin sections; the current one is marked for screen readers and by colour. */
export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin">
      <ul className="flex gap-1 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible">
        {links
          .filter((link) => isAdmin || !link.adminOnly)
          .map(({ href, label, icon: Icon, exact }) => {
            const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={href} className="shrink-0">
                <Link
                  href={href}
                  aria-current={current ? "page" : undefined}
                  className={clsx(
                    "flex items-center gap-2.5 rounded-lg px-3 py-2 text-sm font-medium whitespace-nowrap",
                    current ? "bg-accent-soft text-accent" : "text-muted hover:bg-surface-2 hover:text-fg",
                  )}
                >
                  <Icon aria-hidden className="size-4" />
                  {label}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
