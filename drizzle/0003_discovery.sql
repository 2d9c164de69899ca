ALTER TABLE "posts" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', excerpt), 'B') || setweight(to_tsvector('english', body), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "slug" text;--> statement-breakpoint
-- Everyone who has written a post gets an author page address from their name (ASCII only here;
-- the app transliterates when it assigns one), numbered when two names give the same slug.
UPDATE "users" AS u SET "slug" = named."slug"
FROM (
  SELECT "id",
    CASE WHEN row_number() OVER (PARTITION BY base ORDER BY "created_at", "id") = 1 THEN base
      ELSE base || '-' || row_number() OVER (PARTITION BY base ORDER BY "created_at", "id") END AS "slug"
  FROM (
    SELECT "id", "created_at",
      coalesce(nullif(trim(both '-' from left(regexp_replace(lower("name"), '[^a-z0-9]+', '-', 'g'), 100)), ''), 'author') AS base
    FROM "users" WHERE "id" IN (SELECT "author_id" FROM "posts")
  ) AS bases
) AS named
WHERE u."id" = named."id";--> statement-breakpoint
CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_slug_unique" UNIQUE("slug");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_slug_format" CHECK ("users"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length("users"."slug") <= 120);