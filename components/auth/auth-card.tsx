import Link from "next/link";
import { site } from "@/lib/site";

/** The frame of the sign-in and sign-up pages. */
export function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="flex flex-1 items-center justify-center px-4 py-12 focus:outline-none">
      <div className="w-full max-w-md">
        <Link href="/" className="block text-center font-serif text-3xl font-bold tracking-tight">
          {site().name}
        </Link>
        <div className="mt-8 rounded-3xl border border-border bg-surface p-6 shadow-sm sm:p-8">
          <h1 className="mb-6 font-serif text-2xl font-bold">{title}</h1>
          {children}
        </div>
      </div>
    </main>
  );
}

/** A skeleton of an auth form while the page reads its address. */
export function AuthFormSkeleton() {
  return (
    <div aria-hidden className="space-y-5 motion-safe:animate-pulse">
      <div className="h-16 rounded-xl bg-surface-2" />
      <div className="h-16 rounded-xl bg-surface-2" />
      <div className="h-12 rounded-full bg-surface-2" />
    </div>
  );
}
