-- Verdicts: review queue order, withdrawal with a reason, desk comments, retired ratings, the evidence a
-- revision cites, run-time settings (the two-person rule) and admin-edited public pages (methodology).

-- CreateEnum
CREATE TYPE "VerdictCommentKind" AS ENUM ('SENT_BACK', 'NOTE');

-- AlterTable
ALTER TABLE "ratings" ADD COLUMN     "retired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "verdicts" ADD COLUMN     "submitted_at" TIMESTAMPTZ(3),
ADD COLUMN     "withdrawn_at" TIMESTAMPTZ(3),
ADD COLUMN     "withdrawn_reason" TEXT;

-- AlterTable
ALTER TABLE "verdict_revisions" ADD COLUMN     "cited_evidence" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "verdict_comments" (
    "id" TEXT NOT NULL,
    "verdict_id" TEXT NOT NULL,
    "author_id" TEXT,
    "kind" "VerdictCommentKind" NOT NULL DEFAULT 'NOTE',
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verdict_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "site_pages" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "site_pages_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "verdict_comments_verdict_id_created_at_idx" ON "verdict_comments"("verdict_id", "created_at");

-- CreateIndex
CREATE INDEX "verdict_comments_author_id_idx" ON "verdict_comments"("author_id");

-- CreateIndex
CREATE INDEX "settings_updated_by_id_idx" ON "settings"("updated_by_id");

-- CreateIndex
CREATE INDEX "site_pages_updated_by_id_idx" ON "site_pages"("updated_by_id");

-- CreateIndex
CREATE INDEX "verdicts_status_submitted_at_idx" ON "verdicts"("status", "submitted_at");

-- AddForeignKey
ALTER TABLE "verdict_comments" ADD CONSTRAINT "verdict_comments_verdict_id_fkey" FOREIGN KEY ("verdict_id") REFERENCES "verdicts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_comments" ADD CONSTRAINT "verdict_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "site_pages" ADD CONSTRAINT "site_pages_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A published revision is the public record: it never changes. Direct updates and deletes are refused; a
-- revision goes only when its claim is deleted (the cascade runs as a nested trigger, depth > 1).
CREATE FUNCTION "verdict_revisions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'verdict revisions are immutable (revision %)', OLD.id USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "verdict_revisions_immutable"
    BEFORE UPDATE OR DELETE ON "verdict_revisions"
    FOR EACH ROW EXECUTE FUNCTION "verdict_revisions_immutable"();

ALTER TABLE "verdict_comments" ADD CONSTRAINT "verdict_comments_body_not_blank_check" CHECK (btrim("body") <> '');
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_summary_length_check" CHECK (char_length("summary") <= 280);
