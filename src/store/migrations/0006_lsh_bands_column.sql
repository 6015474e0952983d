-- The LSH band keys move from one row each in ai_content_bands into a text[] column of the content:
-- one GIN index entry per key instead of a row with a primary key and two foreign keys.
ALTER TABLE "ai_contents" ADD COLUMN "bands" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
UPDATE "ai_contents" AS c SET "bands" = b."bands"
FROM (
	SELECT "content_id", array_agg("band" ORDER BY split_part("band", ':', 1)::int) AS "bands"
	FROM "ai_content_bands"
	GROUP BY "content_id"
) AS b
WHERE c."id" = b."content_id";--> statement-breakpoint
DROP TABLE "ai_content_bands" CASCADE;--> statement-breakpoint
CREATE INDEX "ai_contents_bands" ON "ai_contents" USING gin ("bands") WITH (fastupdate=false);
