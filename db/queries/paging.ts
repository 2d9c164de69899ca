import "server-only";

/** One page of a list, with where it is in the whole. */
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number; pageCount: number };

/** A page of results with the count of pages (at least one, so an empty list has page 1 of 1). */
export function pageOf<T>(
  items: T[],
  { page, pageSize, total }: { page: number; pageSize: number; total: number },
): Page<T> {
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The number in a `select({ n: count() })` query's one row (0 when there is no row). */
export async function countOf(query: PromiseLike<{ n: number | string }[]>): Promise<number> {
  const [row] = await query;
  return Number(row?.n ?? 0);
}

/**
 * The shape of every paged list: one page of rows and the number of rows in all, read side by
 * side. `rows` gets the page's limit and offset; `skip` leaves out that many rows before paging
 * (the home page shows its newest post above the grid).
 */
export async function paginate<Row, Item>(
  { page, pageSize, skip = 0 }: { page: number; pageSize: number; skip?: number },
  rows: (window: { limit: number; offset: number }) => PromiseLike<Row[]>,
  total: PromiseLike<number>,
  toItem: (row: Row) => Item,
): Promise<Page<Item>> {
  const [found, all] = await Promise.all([rows({ limit: pageSize, offset: skip + (page - 1) * pageSize }), total]);
  return pageOf(found.map(toItem), { page, pageSize, total: Math.max(0, all - skip) });
}
