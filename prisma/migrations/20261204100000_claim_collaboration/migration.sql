-- Dividing the work (issue 16): a claim's assigned editor and reviewer, the desk's threaded discussion of a claim
-- (claim_comments, with the users each comment @mentions), and in-app notifications. The verdict's desk-only notes
-- (verdict_comments of kind NOTE) become the claim's discussion, so there is one place to discuss a claim; the
-- reviewers' send-back comments stay with the verdict, as part of its review.

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ASSIGNED', 'MENTIONED', 'REVIEW_REQUESTED', 'SENT_BACK', 'COMMENT_REPLY');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN "assigned_editor_id" TEXT,
ADD COLUMN "assigned_reviewer_id" TEXT;

-- CreateTable
CREATE TABLE "claim_comments" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "author_id" TEXT,
    "parent_id" TEXT,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMPTZ(3),

    CONSTRAINT "claim_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_comment_mentions" (
    "comment_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "claim_comment_mentions_pkey" PRIMARY KEY ("comment_id","user_id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" TEXT NOT NULL,
    "recipient_id" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "claim_id" TEXT NOT NULL,
    "comment_id" TEXT,
    "actor_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claims_assigned_editor_id_idx" ON "claims"("assigned_editor_id");

-- CreateIndex
CREATE INDEX "claims_assigned_reviewer_id_idx" ON "claims"("assigned_reviewer_id");

-- CreateIndex
CREATE INDEX "claim_comments_claim_id_created_at_idx" ON "claim_comments"("claim_id", "created_at");

-- CreateIndex
CREATE INDEX "claim_comments_author_id_idx" ON "claim_comments"("author_id");

-- CreateIndex
CREATE INDEX "claim_comments_parent_id_idx" ON "claim_comments"("parent_id");

-- CreateIndex
CREATE INDEX "claim_comment_mentions_user_id_idx" ON "claim_comment_mentions"("user_id");

-- CreateIndex
CREATE INDEX "notifications_recipient_id_created_at_idx" ON "notifications"("recipient_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_recipient_id_read_at_idx" ON "notifications"("recipient_id", "read_at");

-- CreateIndex
CREATE INDEX "notifications_claim_id_idx" ON "notifications"("claim_id");

-- CreateIndex
CREATE INDEX "notifications_comment_id_idx" ON "notifications"("comment_id");

-- CreateIndex
CREATE INDEX "notifications_actor_id_idx" ON "notifications"("actor_id");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_assigned_editor_id_fkey" FOREIGN KEY ("assigned_editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_assigned_reviewer_id_fkey" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_comments" ADD CONSTRAINT "claim_comments_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_comments" ADD CONSTRAINT "claim_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_comments" ADD CONSTRAINT "claim_comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "claim_comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_comment_mentions" ADD CONSTRAINT "claim_comment_mentions_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "claim_comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_comment_mentions" ADD CONSTRAINT "claim_comment_mentions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "claim_comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- SQL-only rules: a comment says something and fits the form (10,000 characters); a reply is to the claim's own
-- top-level comment (checked by the action; the trigger-free part is that it is not a reply to itself).
ALTER TABLE "claim_comments" ADD CONSTRAINT "claim_comments_body_check" CHECK (btrim("body") <> '' AND char_length("body") <= 10000);
ALTER TABLE "claim_comments" ADD CONSTRAINT "claim_comments_parent_check" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");

-- The verdict's desk notes become the claim's discussion, keeping who wrote them and when; the verdict keeps its
-- send-back comments.
INSERT INTO "claim_comments" ("id", "claim_id", "author_id", "body", "created_at")
SELECT vc."id", v."claim_id", vc."author_id", vc."body", vc."created_at"
FROM "verdict_comments" vc
JOIN "verdicts" v ON v."id" = vc."verdict_id"
WHERE vc."kind" = 'NOTE' AND btrim(vc."body") <> '';

DELETE FROM "verdict_comments" WHERE "kind" = 'NOTE' AND "id" IN (SELECT "id" FROM "claim_comments");
