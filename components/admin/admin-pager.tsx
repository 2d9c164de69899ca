import { Pagination } from "@/components/ui/pagination";
import { withQuery } from "@/lib/search-params";

/** Previous/next pages of an admin list, keeping its filters in the address. */
export function AdminPager({
  list,
  path,
  query = {},
  label,
  previous = "Newer",
  next = "Older",
}: {
  list: { page: number; pageCount: number };
  path: string;
  query?: Record<string, string | undefined>;
  label: string;
  previous?: string;
  next?: string;
}) {
  return (
    <Pagination
      page={list.page}
      pageCount={list.pageCount}
      label={label}
      previous={previous}
      next={next}
      href={(p) => withQuery(path, { ...query, page: p > 1 ? p : undefined })}
    />
  );
}
