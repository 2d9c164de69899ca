import type { Metadata } from "next";
import { PageTitle } from "@/components/admin/page-title";
import { TermForm, TermRow } from "@/components/admin/term-editor";
import { listCategoriesForEditors } from "@/db/queries/categories";
import { listTagsForEditors } from "@/db/queries/tags";
import type { TaxonomyItem } from "@/db/queries/taxonomy";
import { requireRole } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Categories and tags" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

function Section({ kind, title, terms }: { kind: "category" | "tag"; title: string; terms: TaxonomyItem[] }) {
  return (
    <section aria-labelledby={`${kind}-heading`} className="space-y-4">
      <h2 id={`${kind}-heading`} className="font-serif text-2xl font-bold">
        {title}
      </h2>
      <div className="rounded-xl border border-border bg-surface p-4">
        <TermForm kind={kind} />
      </div>
      {terms.length === 0 ? (
        <p className="text-sm text-muted">None yet.</p>
      ) : (
        <ul aria-label={title} className="divide-y divide-border rounded-xl border border-border bg-surface">
          {terms.map((term) => (
            <TermRow
              key={term.id}
              kind={kind}
              term={term}
              others={terms.filter((t) => t.id !== term.id).map(({ id, name }) => ({ id, name }))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function TaxonomyPage() {
  await requireRole("editor", "/admin/taxonomy");
  const [categories, tags] = await Promise.all([listCategoriesForEditors(), listTagsForEditors()]);
  return (
    <>
      <PageTitle title="Categories and tags" description="Every post has one category and any number of tags." />
      <div className="space-y-12">
        <Section kind="category" title="Categories" terms={categories} />
        <Section kind="tag" title="Tags" terms={tags} />
      </div>
    </>
  );
}
