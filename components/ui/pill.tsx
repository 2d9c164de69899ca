import Link from "next/link";
import { clsx } from "clsx";

/** A small rounded label; a link when given an href. */
export function Pill({
  href,
  children,
  tone = "accent",
}: {
  href?: string;
  children: React.ReactNode;
  tone?: "accent" | "overlay";
}) {
  const className = clsx(
    "inline-flex items-center rounded-full px-3 py-1 text-xs font-semibold tracking-wide uppercase transition-colors",
    tone === "accent" && "bg-accent-soft text-accent hover:bg-accent hover:text-accent-fg",
    tone === "overlay" && "bg-white/90 text-neutral-900 hover:bg-white",
  );
  return href ? (
    <Link href={href} className={className}>
      {children}
    </Link>
  ) : (
    <span className={className}>{children}</span>
  );
}
