-- Initial schema. Generated from schema.prisma by the schema engine (npm run db:sql), then reviewed; the
-- extension and the CHECK constraints at the end are SQL-only additions that schema.prisma cannot express.

-- Trigram search over Korean and English claim text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'REVIEWER', 'EDITOR');

-- CreateEnum
CREATE TYPE "ClaimantKind" AS ENUM ('PERSON', 'ORGANIZATION', 'GOVERNMENT', 'MEDIA');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('RESEARCHING', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "WindowKind" AS ENUM ('POINT', 'PERIOD', 'CUMULATIVE');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('PRIMARY_REPORT', 'DATASET', 'NEWS', 'OFFICIAL_STATEMENT', 'SOCIAL', 'BLOG', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTS', 'CONTRADICTS', 'REBUTS', 'CONTEXT');

-- CreateEnum
CREATE TYPE "RelationKind" AS ENUM ('SAME_METRIC_OTHER_WINDOW', 'OTHER_DEFINITION', 'SUPERSEDES', 'CONTRADICTS', 'DUPLICATE_OF');

-- CreateEnum
CREATE TYPE "VerdictStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claimants" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "kind" "ClaimantKind" NOT NULL DEFAULT 'ORGANIZATION',
    "description" TEXT,
    "seed_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claimants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" TEXT NOT NULL,
    "short_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'ko',
    "translation" TEXT,
    "translation_language" TEXT,
    "claimant_id" TEXT,
    "claimant_note" TEXT,
    "first_seen_at" DATE,
    "status" "ClaimStatus" NOT NULL DEFAULT 'RESEARCHING',
    "quantity_subject" TEXT,
    "quantity_metric" TEXT,
    "quantity_value" DECIMAL(20,6),
    "quantity_unit" TEXT,
    "window_kind" "WindowKind",
    "window_start" DATE,
    "window_end" DATE,
    "definition" TEXT,
    "seed_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "publisher" TEXT NOT NULL,
    "author" TEXT,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT,
    "published_at" DATE,
    "published_precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "published_approx" BOOLEAN NOT NULL DEFAULT false,
    "accessed_at" DATE,
    "archived_url" TEXT,
    "content_hash" TEXT,
    "note" TEXT,
    "seed_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appearances" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "appeared_at" DATE,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appearances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "excerpt" TEXT,
    "locator" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_relations" (
    "id" TEXT NOT NULL,
    "from_claim_id" TEXT NOT NULL,
    "to_claim_id" TEXT NOT NULL,
    "kind" "RelationKind" NOT NULL,
    "note" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_relations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rating_scales" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rating_scales_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ratings" (
    "id" TEXT NOT NULL,
    "scale_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label_ko" TEXT NOT NULL,
    "label_en" TEXT NOT NULL,
    "value" INTEGER,
    "colour" TEXT NOT NULL,
    "meaning" TEXT,

    CONSTRAINT "ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verdicts" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "rating_id" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "analysis" TEXT NOT NULL DEFAULT '',
    "status" "VerdictStatus" NOT NULL DEFAULT 'DRAFT',
    "author_id" TEXT,
    "reviewer_id" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verdicts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verdict_revisions" (
    "id" TEXT NOT NULL,
    "verdict_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rating_id" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "analysis" TEXT NOT NULL,
    "change_note" TEXT NOT NULL DEFAULT '',
    "published_by_id" TEXT,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verdict_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "data" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "claimants_seed_key_key" ON "claimants"("seed_key");

-- CreateIndex
CREATE INDEX "claimants_name_idx" ON "claimants"("name");

-- CreateIndex
CREATE UNIQUE INDEX "claims_short_id_key" ON "claims"("short_id");

-- CreateIndex
CREATE UNIQUE INDEX "claims_seed_key_key" ON "claims"("seed_key");

-- CreateIndex
CREATE INDEX "claims_claimant_id_idx" ON "claims"("claimant_id");

-- CreateIndex
CREATE INDEX "claims_created_by_id_idx" ON "claims"("created_by_id");

-- CreateIndex
CREATE INDEX "claims_status_updated_at_idx" ON "claims"("status", "updated_at");

-- CreateIndex
CREATE INDEX "claims_quantity_metric_idx" ON "claims"("quantity_metric");

-- CreateIndex
CREATE INDEX "claims_text_trgm_idx" ON "claims" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "claims_translation_trgm_idx" ON "claims" USING GIN ("translation" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "sources_seed_key_key" ON "sources"("seed_key");

-- CreateIndex
CREATE INDEX "sources_url_idx" ON "sources"("url");

-- CreateIndex
CREATE INDEX "appearances_source_id_idx" ON "appearances"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "appearances_claim_id_source_id_key" ON "appearances"("claim_id", "source_id");

-- CreateIndex
CREATE INDEX "evidence_claim_id_idx" ON "evidence"("claim_id");

-- CreateIndex
CREATE INDEX "evidence_source_id_idx" ON "evidence"("source_id");

-- CreateIndex
CREATE INDEX "evidence_created_by_id_idx" ON "evidence"("created_by_id");

-- CreateIndex
CREATE INDEX "claim_relations_to_claim_id_idx" ON "claim_relations"("to_claim_id");

-- CreateIndex
CREATE INDEX "claim_relations_created_by_id_idx" ON "claim_relations"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_relations_from_claim_id_to_claim_id_kind_key" ON "claim_relations"("from_claim_id", "to_claim_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "rating_scales_name_key" ON "rating_scales"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ratings_scale_id_position_key" ON "ratings"("scale_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ratings_scale_id_label_en_key" ON "ratings"("scale_id", "label_en");

-- CreateIndex
CREATE UNIQUE INDEX "verdicts_claim_id_key" ON "verdicts"("claim_id");

-- CreateIndex
CREATE INDEX "verdicts_rating_id_idx" ON "verdicts"("rating_id");

-- CreateIndex
CREATE INDEX "verdicts_author_id_idx" ON "verdicts"("author_id");

-- CreateIndex
CREATE INDEX "verdicts_reviewer_id_idx" ON "verdicts"("reviewer_id");

-- CreateIndex
CREATE INDEX "verdicts_status_published_at_idx" ON "verdicts"("status", "published_at");

-- CreateIndex
CREATE INDEX "verdict_revisions_rating_id_idx" ON "verdict_revisions"("rating_id");

-- CreateIndex
CREATE INDEX "verdict_revisions_published_by_id_idx" ON "verdict_revisions"("published_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "verdict_revisions_verdict_id_number_key" ON "verdict_revisions"("verdict_id", "number");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_idx" ON "audit_events"("actor_id");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "claimants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appearances" ADD CONSTRAINT "appearances_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appearances" ADD CONSTRAINT "appearances_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_from_claim_id_fkey" FOREIGN KEY ("from_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_to_claim_id_fkey" FOREIGN KEY ("to_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_scale_id_fkey" FOREIGN KEY ("scale_id") REFERENCES "rating_scales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_rating_id_fkey" FOREIGN KEY ("rating_id") REFERENCES "ratings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_revisions" ADD CONSTRAINT "verdict_revisions_verdict_id_fkey" FOREIGN KEY ("verdict_id") REFERENCES "verdicts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_revisions" ADD CONSTRAINT "verdict_revisions_rating_id_fkey" FOREIGN KEY ("rating_id") REFERENCES "ratings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_revisions" ADD CONSTRAINT "verdict_revisions_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Checks the schema cannot express.
ALTER TABLE "claims" ADD CONSTRAINT "claims_window_order_check"
    CHECK ("window_start" IS NULL OR "window_end" IS NULL OR "window_start" <= "window_end");
ALTER TABLE "claims" ADD CONSTRAINT "claims_short_id_format_check" CHECK ("short_id" ~ '^[a-z0-9]{7}$');
ALTER TABLE "claims" ADD CONSTRAINT "claims_version_positive_check" CHECK ("version" >= 1);
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_not_self_check" CHECK ("from_claim_id" <> "to_claim_id");
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_colour_format_check" CHECK ("colour" ~ '^#[0-9a-fA-F]{6}$');
ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase_check" CHECK ("email" = lower("email"));
