import Link from "next/link";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex flex-1 items-center focus:outline-none">
        <div className="mx-auto max-w-xl px-4 py-24 text-center sm:px-6">
          <p className="font-serif text-7xl font-bold text-accent">404</p>
          <h1 className="mt-4 font-serif text-3xl font-bold tracking-tight">This page is not here</h1>
          <p className="mt-4 text-lg text-muted">
            The link may be mistyped, or the post may have moved or not be published yet.
          </p>
          <Link
            href="/"
            className="mt-8 inline-flex rounded-full bg-accent px-6 py-3 font-medium text-accent-fg hover:opacity-90"
          >
            Back to the latest posts
          </Link>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
