import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { MATCH_END, MATCH_START } from "@/lib/search-marks";
import { getDb } from "../index";
import { categories, images, posts, users } from "../schema";
import { pageOf, type Page, type PostSummary, summaryColumns, toSummary } from "./posts";
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
  const db = getDb();
  const tsquery = sql`websearch_to_tsquery('english', ${query})`;
  const matches = and(isPublic, sql`${posts.search} @@ ${tsquery}`);
  const rank = sql<number>`ts_rank_cd(${posts.search}, ${tsquery})`;
  // The snippet comes from the excerpt and the body with Markdown's punctuation taken out, so it
  // reads as prose. ts_headline is slow on long text, so it runs only for the page's own rows.
  const plain = sql`regexp_replace(${posts.excerpt} || ' … ' || ${posts.body}, '(!?\\[|\\]\\([^)]*\\)|[#*_>\`|~]+)', ' ', 'g')`;
  const snippet = sql<string>`ts_headline('english', ${plain}, ${tsquery}, ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=32, MinWords=16, MaxFragments=2, FragmentDelimiter=" … "`})`;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ ...summaryColumns, snippet })
      .from(posts)
      .innerJoin(categories, eq(categories.id, posts.categoryId))
      .innerJoin(users, eq(users.id, posts.authorId))
      .leftJoin(images, eq(images.id, posts.coverImageId))
      .where(matches)
      .orderBy(desc(rank), desc(posts.publishedAt), desc(posts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(posts)
      .where(matches),
  ]);
  return pageOf(
    rows.map((row) => ({ ...toSummary(row), snippet: row.snippet })),
    { page, pageSize, total: Number(totalRow?.n ?? 0) },
  );
}
