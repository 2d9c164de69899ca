import "server-only";
import { and, count, desc, sql } from "drizzle-orm";
import { MATCH_END, MATCH_START } from "@/lib/search-marks";
import { getDb } from "../index";
import { posts } from "../schema";
import { countOf, paginate, type Page } from "./paging";
import { selectPostSummaries, toSummary, type PostSummary } from "./post-summary";
import { isPublic } from "./visibility";

export type SearchResult = PostSummary & { snippet: string };

/**
 * Public posts matching a web-search style query ("quoted phrases", -exclusions, or), best first:
 * Postgres ranks title matches above excerpt matches above body matches (weights A, B, C on the
 * generated `posts.search` column). Each result carries a snippet of its text around the matches.
 */
export async function searchPosts({
  query,
  page = 1,
  pageSize = 10,
}: {
  query: string;
  page?: number;
  pageSize?: number;
}): Promise<Page<SearchResult>> {
  const tsquery = sql`websearch_to_tsquery('english', ${query})`;
  const matches = and(isPublic, sql`${posts.search} @@ ${tsquery}`);
  const rank = sql<number>`ts_rank_cd(${posts.search}, ${tsquery})`;
  // The snippet comes from the excerpt and the body with Markdown's punctuation taken out, so it
  // reads as prose. ts_headline is slow on long text, so it runs only for the page's own rows.
  const plain = sql`regexp_replace(${posts.excerpt} || ' … ' || ${posts.body}, '(!?\\[|\\]\\([^)]*\\)|[#*_>\`|~]+)', ' ', 'g')`;
  const snippet = sql<string>`ts_headline('english', ${plain}, ${tsquery}, ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=32, MinWords=16, MaxFragments=2, FragmentDelimiter=" … "`})`;
  return paginate(
    { page, pageSize },
    ({ limit, offset }) =>
      selectPostSummaries({ snippet })
        .where(matches)
        .orderBy(desc(rank), desc(posts.publishedAt), desc(posts.id))
        .limit(limit)
        .offset(offset),
    countOf(getDb().select({ n: count() }).from(posts).where(matches)),
    (row) => ({ ...toSummary(row), snippet: row.snippet }),
  );
}
