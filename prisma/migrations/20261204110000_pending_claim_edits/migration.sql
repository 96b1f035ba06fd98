-- Pending edits to published claims (issue 16): a change to what readers see of a published claim is stored here
-- and reviewed like a verdict (draft, review, publish by a second person under the two-person rule); the claim row,
-- which readers see, changes only when the edit is published. A new table: no existing row changes.

-- CreateEnum
CREATE TYPE "ClaimEditStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SENT_BACK', 'DISCARDED');

-- CreateTable
CREATE TABLE "claim_edits" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "proposed" JSONB NOT NULL,
    "base" JSONB NOT NULL,
    "base_version" INTEGER NOT NULL,
    "status" "ClaimEditStatus" NOT NULL DEFAULT 'DRAFT',
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "correction_note" TEXT NOT NULL DEFAULT '',
    "sent_back_comment" TEXT,
    "author_id" TEXT,
    "published_by_id" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_edits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_edits_claim_id_status_idx" ON "claim_edits"("claim_id", "status");

-- CreateIndex
CREATE INDEX "claim_edits_author_id_idx" ON "claim_edits"("author_id");

-- CreateIndex
CREATE INDEX "claim_edits_published_by_id_idx" ON "claim_edits"("published_by_id");

-- CreateIndex
CREATE INDEX "claim_edits_status_published_at_idx" ON "claim_edits"("status", "published_at");

-- AddForeignKey
ALTER TABLE "claim_edits" ADD CONSTRAINT "claim_edits_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_edits" ADD CONSTRAINT "claim_edits_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_edits" ADD CONSTRAINT "claim_edits_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- SQL-only rules: a published edit says who published it and when; one that is not minor carries its public note.
ALTER TABLE "claim_edits" ADD CONSTRAINT "claim_edits_published_check"
  CHECK ("status" <> 'PUBLISHED' OR ("published_at" IS NOT NULL AND ("minor" OR "correction_note" <> '')));
