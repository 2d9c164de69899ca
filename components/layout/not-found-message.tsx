import Link from "next/link";

/** The body of the 404 page. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center sm:px-6">
      <p aria-hidden className="font-serif text-7xl font-bold text-accent">
        404
      </p>
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
  );
}
