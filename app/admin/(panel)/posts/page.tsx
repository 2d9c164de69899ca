import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AdminPager } from "@/components/admin/admin-pager";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/admin/filter-form";
import { PageTitle } from "@/components/admin/page-title";
import { buttonClass } from "@/components/ui/button";
import { StateBadge } from "@/components/admin/state-badge";
import { LocalTime } from "@/components/ui/local-time";
import { listCategories } from "@/db/queries/categories";
import { listPostsForEditors } from "@/db/queries/admin-posts";
import { requireRole } from "@/lib/auth/guards";
import { first, idQuerySchema, pageQuerySchema, textQuerySchema } from "@/lib/search-params";
import { paths } from "@/lib/site";

export const metadata: Metadata = { title: "Posts" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

const stateSchema = z.enum(["draft", "scheduled", "published"]).optional().catch(undefined);

export default async function AdminPostsPage({ searchParams }: PageProps<"/admin/posts">) {
  await requireRole("editor", "/admin/posts");
  const params = await searchParams;
  const filters = {
    state: stateSchema.parse(first(params.state)),
    category: idQuerySchema.parse(first(params.category)),
    q: textQuerySchema.parse(first(params.q)),
  };
  const page = pageQuerySchema.parse(first(params.page));
  const [posts, categories] = await Promise.all([
    listPostsForEditors({ state: filters.state, categoryId: filters.category, query: filters.q, page }),
    listCategories(),
  ]);
  const filtered = Boolean(filters.state || filters.category || filters.q);

  return (
    <>
      <PageTitle
        title="Posts"
        description={`${posts.total} ${posts.total === 1 ? "post" : "posts"}${filtered ? " match" : ""}`}
      >
        <Link href="/admin/posts/new" className={buttonClass.primary}>
          <Plus aria-hidden className="size-4" /> New post
        </Link>
      </PageTitle>

      <FilterForm label="Filter posts" columns="sm:grid-cols-[1fr_auto_auto_auto]">
        <FilterSearch name="q" label="Title contains" value={filters.q} />
        <FilterSelect
          name="state"
          label="Status"
          value={filters.state}
          any="Any status"
          options={[
            { value: "draft", label: "Drafts" },
            { value: "scheduled", label: "Scheduled" },
            { value: "published", label: "Published" },
          ]}
        />
        <FilterSelect
          name="category"
          label="Category"
          value={filters.category}
          any="Any category"
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
        />
      </FilterForm>

      {posts.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-10 text-center text-muted">
          {filtered ? "No post matches these filters." : "No posts yet. Write the first one."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-border bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Posts, most recently changed first</caption>
            <thead className="border-b border-border text-xs text-muted uppercase">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Title
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Category
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Author
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Updated
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  Likes
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  Comments
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {posts.items.map((post) => (
                <tr key={post.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    {/* Both links are at least 24px tall (WCAG 2.2 target size): they sit on top of each other. */}
                    <Link
                      href={`/admin/posts/${post.id}`}
                      className="inline-flex min-h-6 items-center hover:text-accent hover:underline"
                    >
                      {post.title}
                    </Link>
                    <span className="block text-xs font-normal text-muted">
                      {post.state === "published" ? (
                        <Link
                          href={paths.post(post.slug)}
                          prefetch={false}
                          className="inline-flex min-h-6 items-center hover:underline"
                        >
                          {paths.post(post.slug)}
                        </Link>
                      ) : post.state === "scheduled" && post.publishedAt ? (
                        <>
                          Goes out <LocalTime dateTime={post.publishedAt.toISOString()} />
                        </>
                      ) : (
                        paths.post(post.slug)
                      )}
                    </span>
                  </th>
                  <td className="px-4 py-3">
                    <StateBadge state={post.state} />
                  </td>
                  <td className="px-4 py-3">{post.category}</td>
                  <td className="px-4 py-3">{post.author}</td>
                  <td className="px-4 py-3 whitespace-nowrap text-muted">
                    <LocalTime dateTime={post.updatedAt.toISOString()} />
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{post.likeCount}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{post.commentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AdminPager
        list={posts}
        path="/admin/posts"
        query={filters}
        label="Pages of posts"
        previous="Previous"
        next="Next"
      />
    </>
  );
}
