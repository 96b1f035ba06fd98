-- Reader lists (the home page, search, the API, feeds) show the newest publication first. Sorting by the latest
-- revision meant finding every listed claim's latest revision before a page could be cut; with 20,000 verdicts
-- that cost about 100 ms per page. verdicts.published_at already records the last publication; this trigger makes
-- the database keep it equal to the newest revision's time whoever inserts the revision, and the index lets a page
-- be read in order.
CREATE FUNCTION "verdicts_follow_latest_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "verdicts" SET "published_at" = NEW."published_at"
  WHERE "id" = NEW."verdict_id" AND ("published_at" IS NULL OR "published_at" < NEW."published_at");
  RETURN NULL;
END
$$;

CREATE TRIGGER "verdicts_follow_latest_revision"
    AFTER INSERT ON "verdict_revisions"
    FOR EACH ROW EXECUTE FUNCTION "verdicts_follow_latest_revision"();

UPDATE "verdicts" v SET "published_at" = latest."published_at"
FROM (SELECT "verdict_id", max("published_at") AS "published_at" FROM "verdict_revisions" GROUP BY "verdict_id") latest
WHERE latest."verdict_id" = v."id" AND v."published_at" IS DISTINCT FROM latest."published_at";

-- CreateIndex
CREATE INDEX "verdicts_published_at_idx" ON "verdicts"("published_at" DESC);
