/** Posts on each page of a list (a category, tag, author or month; the home page adds its featured post). */
export const POSTS_PER_PAGE = 9;

/**
 * The page numbers a pager shows: the first and last, and the current one with a neighbour on each
 * side; null marks a gap. Page 6 of 20 → [1, null, 5, 6, 7, null, 20]. A gap of one page shows
 * that page instead, since "…" would take the same room.
 */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of sorted) {
    const last = result.at(-1);
    if (typeof last === "number" && n - last === 2) result.push(last + 1);
    else if (typeof last === "number" && n - last > 2) result.push(null);
    result.push(n);
  }
  return result;
}
