-- Reader tips (/submit): a claim worth checking or an error report on a published fact-check, with a random receipt
-- code for the status page; the desk triages them in /desk/inbox. Per-address counts for the rate limit, keyed by
-- a hash of the address.

-- CreateEnum
CREATE TYPE "TipKind" AS ENUM ('CLAIM', 'ERROR_REPORT');

-- CreateEnum
CREATE TYPE "TipStatus" AS ENUM ('NEW', 'TAKEN_UP', 'DUPLICATE', 'SPAM');

-- CreateTable
CREATE TABLE "tips" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "TipKind" NOT NULL DEFAULT 'CLAIM',
    "status" "TipStatus" NOT NULL DEFAULT 'NEW',
    "text" TEXT NOT NULL,
    "url" TEXT,
    "contact_email" TEXT,
    "contact_consent" BOOLEAN NOT NULL DEFAULT false,
    "claim_id" TEXT,
    "triaged_by_id" TEXT,
    "triaged_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tips_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tip_rate_limits" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tip_rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "tips_code_key" ON "tips"("code");

-- CreateIndex
CREATE INDEX "tips_status_created_at_idx" ON "tips"("status", "created_at");

-- CreateIndex
CREATE INDEX "tips_claim_id_idx" ON "tips"("claim_id");

-- CreateIndex
CREATE INDEX "tips_triaged_by_id_idx" ON "tips"("triaged_by_id");

-- AddForeignKey
ALTER TABLE "tips" ADD CONSTRAINT "tips_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tips" ADD CONSTRAINT "tips_triaged_by_id_fkey" FOREIGN KEY ("triaged_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- SQL-only rules: a consent without an e-mail is meaningless, an e-mail without consent is never kept.
ALTER TABLE "tips" ADD CONSTRAINT "tips_contact_consent_check" CHECK ("contact_email" IS NULL OR "contact_consent");
