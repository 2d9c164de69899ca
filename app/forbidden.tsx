import Link from "next/link";
import BlogLayout from "./(blog)/layout";

export const metadata = { title: "Not allowed", robots: { index: false } };

/** Rendered with status 403 when a signed-in reader opens a page their role does not allow. */
export default function Forbidden() {
  return (
    <BlogLayout>
      <div className="mx-auto max-w-xl px-4 py-24 text-center sm:px-6">
        <p aria-hidden className="font-serif text-7xl font-bold text-accent">
          403
        </p>
        <h1 className="mt-4 font-serif text-3xl font-bold tracking-tight">You are not allowed here</h1>
        <p className="mt-4 text-lg text-muted">
          This part of the site is for the blog&apos;s editors. If you should have access, ask an
          administrator to change your role.
        </p>
        <Link
          href="/"
          className="mt-8 inline-flex rounded-full bg-accent px-6 py-3 font-medium text-accent-fg hover:opacity-90"
        >
          Back to the latest posts
        </Link>
      </div>
    </BlogLayout>
  );
}
