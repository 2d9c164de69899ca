import Link from "next/link";

/** The body of a designed status page (404, 403): the code, a heading, a sentence, a way home. */
export function StatusMessage({ code, title, children }: { code: number; title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center sm:px-6">
      <p aria-hidden className="font-serif text-7xl font-bold text-accent">
        {code}
      </p>
      <h1 className="mt-4 font-serif text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-4 text-lg text-muted">{children}</p>
      <Link
        href="/"
        className="mt-8 inline-flex rounded-full bg-accent px-6 py-3 font-medium text-accent-fg hover:opacity-90"
      >
        Back to the latest posts
      </Link>
    </div>
  );
}
