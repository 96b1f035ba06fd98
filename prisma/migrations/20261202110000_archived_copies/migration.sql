-- An archived copy is evidence: every copy is kept, never overwritten. Until now a source held one copy in its own
-- columns (archived_text, content_hash, archived_at), and fetching or pasting again replaced it, so the copy a
-- published verdict relied on could be swapped for pasted text that looked like a fetched page. Copies move to
-- archived_copies (one row per fetch or paste, with how it was taken and by whom); a source points at its current
-- copy; and each published revision records the copy of every source its claim page linked.

-- CreateEnum
CREATE TYPE "ArchiveMethod" AS ENUM ('FETCHED', 'PASTED');

-- CreateTable
CREATE TABLE "archived_copies" (
    "id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "method" "ArchiveMethod" NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,
    "url" TEXT,
    "final_url" TEXT,
    "http_status" INTEGER,
    "content_type" TEXT,
    "bytes" INTEGER,
    "created_by_id" TEXT,

    CONSTRAINT "archived_copies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verdict_revision_copies" (
    "revision_id" TEXT NOT NULL,
    "copy_id" TEXT NOT NULL,

    CONSTRAINT "verdict_revision_copies_pkey" PRIMARY KEY ("revision_id","copy_id")
);

-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "current_copy_id" TEXT;

-- Each source's one copy becomes its first row. How it was taken is not in the source row: the audit log says it.
-- The copy is FETCHED only when the source's latest archive event is a fetch that stored this very hash (that
-- event also holds the final URL, status, type and size); anything else is marked PASTED, the weaker claim, so a
-- reader is never told that the server fetched text it may not have. The id is derived from the source's, so the
-- migration is repeatable on a copy of the same data.
INSERT INTO "archived_copies" ("id", "source_id", "method", "text", "sha256", "taken_at", "url", "final_url", "http_status", "content_type", "bytes", "created_by_id")
SELECT
    'c' || substr(md5('archived-copy:' || s."id"), 1, 24),
    s."id",
    CASE WHEN fetched."id" IS NOT NULL THEN 'FETCHED'::"ArchiveMethod" ELSE 'PASTED'::"ArchiveMethod" END,
    s."archived_text",
    coalesce(s."content_hash", encode(sha256(convert_to(s."archived_text", 'UTF8')), 'hex')),
    s."archived_at",
    s."url",
    fetched."data" -> 'after' ->> 'finalUrl',
    CASE WHEN jsonb_typeof(fetched."data" -> 'after' -> 'status') = 'number' THEN (fetched."data" -> 'after' ->> 'status')::int END,
    fetched."data" -> 'after' ->> 'contentType',
    CASE WHEN jsonb_typeof(fetched."data" -> 'after' -> 'bytes') = 'number' THEN (fetched."data" -> 'after' ->> 'bytes')::int END,
    CASE WHEN coalesce(fetched."id", pasted."id") IS NOT NULL THEN latest."actor_id" END
FROM "sources" s
LEFT JOIN LATERAL (
    SELECT e."id", e."action", e."actor_id", e."data"
    FROM "audit_events" e
    WHERE e."entity_type" = 'source' AND e."entity_id" = s."id" AND e."action" IN ('source.archive', 'source.pasteArchive')
    ORDER BY e."created_at" DESC, e."id" DESC
    LIMIT 1
) latest ON true
LEFT JOIN LATERAL (
    SELECT latest."id", latest."data"
    WHERE latest."action" = 'source.archive' AND latest."data" -> 'after' ->> 'contentHash' = s."content_hash"
) fetched ON true
LEFT JOIN LATERAL (
    SELECT latest."id"
    WHERE latest."action" = 'source.pasteArchive' AND latest."data" -> 'after' ->> 'contentHash' = s."content_hash"
) pasted ON true
WHERE s."archived_text" IS NOT NULL AND s."archived_at" IS NOT NULL;

UPDATE "sources" s SET "current_copy_id" = c."id"
FROM "archived_copies" c
WHERE c."source_id" = s."id";

-- Revisions published before this migration: the surviving copy is the one a revision relied on exactly when it
-- was taken no later than the publication (any later fetch or paste would have replaced it, and a URL change
-- removed it), and its source was on the claim page then (evidence or appearance added by that time).
INSERT INTO "verdict_revision_copies" ("revision_id", "copy_id")
SELECT r."id", c."id"
FROM "verdict_revisions" r
JOIN "verdicts" v ON v."id" = r."verdict_id"
JOIN "archived_copies" c ON c."taken_at" <= r."published_at"
WHERE EXISTS (SELECT 1 FROM "evidence" e WHERE e."claim_id" = v."claim_id" AND e."source_id" = c."source_id" AND e."created_at" <= r."published_at")
   OR EXISTS (SELECT 1 FROM "appearances" a WHERE a."claim_id" = v."claim_id" AND a."source_id" = c."source_id" AND a."created_at" <= r."published_at");

-- The copy now lives in archived_copies; nothing reads these any more.
ALTER TABLE "sources" DROP COLUMN "archived_at",
DROP COLUMN "archived_text",
DROP COLUMN "content_hash";

-- CreateIndex
CREATE UNIQUE INDEX "sources_current_copy_id_key" ON "sources"("current_copy_id");

-- CreateIndex
CREATE INDEX "archived_copies_source_id_taken_at_idx" ON "archived_copies"("source_id", "taken_at");

-- CreateIndex
CREATE INDEX "archived_copies_created_by_id_idx" ON "archived_copies"("created_by_id");

-- CreateIndex
CREATE INDEX "verdict_revision_copies_copy_id_idx" ON "verdict_revision_copies"("copy_id");

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_current_copy_id_fkey" FOREIGN KEY ("current_copy_id") REFERENCES "archived_copies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "archived_copies" ADD CONSTRAINT "archived_copies_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "archived_copies" ADD CONSTRAINT "archived_copies_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_revision_copies" ADD CONSTRAINT "verdict_revision_copies_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "verdict_revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_revision_copies" ADD CONSTRAINT "verdict_revision_copies_copy_id_fkey" FOREIGN KEY ("copy_id") REFERENCES "archived_copies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A copy and a revision's record of the copies it cited are evidence, as the revision is: direct updates and
-- deletes are refused. They go only with their source or revision (a cascade runs as a nested trigger, depth > 1),
-- and the restricting key above keeps a cited copy from going with its source.
CREATE FUNCTION "archive_records_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'archived copies are immutable (%)', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "archived_copies_immutable"
    BEFORE UPDATE OR DELETE ON "archived_copies"
    FOR EACH ROW EXECUTE FUNCTION "archive_records_immutable"();

CREATE TRIGGER "verdict_revision_copies_immutable"
    BEFORE UPDATE OR DELETE ON "verdict_revision_copies"
    FOR EACH ROW EXECUTE FUNCTION "archive_records_immutable"();

ALTER TABLE "archived_copies" ADD CONSTRAINT "archived_copies_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
