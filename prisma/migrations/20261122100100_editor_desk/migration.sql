-- Editor desk: tags, re-check flag and duplicate merging on claims; archived copies of sources; one source per
-- normalised URL; one-time passwords; sign-in throttling.

-- DropIndex
DROP INDEX "sources_url_idx";

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "duplicate_of_id" TEXT,
ADD COLUMN     "needs_recheck" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ALTER COLUMN "status" SET DEFAULT 'NEW';

-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "archive_error" TEXT,
ADD COLUMN     "archived_at" TIMESTAMPTZ(3),
ADD COLUMN     "archived_text" TEXT;

-- CreateTable
CREATE TABLE "sign_in_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "claims_duplicate_of_id_idx" ON "claims"("duplicate_of_id");

-- CreateIndex
CREATE INDEX "claims_tags_idx" ON "claims" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "sources_url_key" ON "sources"("url");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A claim cannot be a duplicate of itself.
ALTER TABLE "claims" ADD CONSTRAINT "claims_not_own_duplicate_check" CHECK ("duplicate_of_id" IS NULL OR "duplicate_of_id" <> "id");
