-- Reconciliation: metrics and their definitions, re-check dates, dismissed relation suggestions, dataset
-- snapshots with their rows.

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "metric_definition_id" TEXT,
ADD COLUMN     "metric_id" TEXT,
ADD COLUMN     "recheck_after" DATE,
ADD COLUMN     "recheck_reason" TEXT,
ADD COLUMN     "valid_as_of" DATE;

-- CreateTable
CREATE TABLE "metrics" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name_ko" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "subject" TEXT,
    "dataset_country" TEXT,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "metrics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metric_definitions" (
    "id" TEXT NOT NULL,
    "metric_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source_id" TEXT,
    "version_label" TEXT,
    "snapshot_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "metric_definitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relation_suggestion_dismissals" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "other_claim_id" TEXT NOT NULL,
    "kind" "RelationKind" NOT NULL,
    "dismissed_by_id" TEXT,
    "dismissed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "relation_suggestion_dismissals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_snapshots" (
    "id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_sha256" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imported_by_id" TEXT,

    CONSTRAINT "dataset_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_rows" (
    "id" BIGSERIAL NOT NULL,
    "snapshot_id" TEXT NOT NULL,
    "line_number" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "organization" TEXT,
    "publication_date" DATE,
    "notability" TEXT,
    "countries" TEXT[],

    CONSTRAINT "dataset_rows_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "metrics_slug_key" ON "metrics"("slug");

-- CreateIndex
CREATE INDEX "metric_definitions_source_id_idx" ON "metric_definitions"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "metric_definitions_metric_id_name_key" ON "metric_definitions"("metric_id", "name");

-- CreateIndex
CREATE INDEX "relation_suggestion_dismissals_other_claim_id_idx" ON "relation_suggestion_dismissals"("other_claim_id");

-- CreateIndex
CREATE INDEX "relation_suggestion_dismissals_dismissed_by_id_idx" ON "relation_suggestion_dismissals"("dismissed_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "relation_suggestion_dismissals_claim_id_other_claim_id_kind_key" ON "relation_suggestion_dismissals"("claim_id", "other_claim_id", "kind");

-- CreateIndex
CREATE INDEX "dataset_snapshots_source_id_as_of_idx" ON "dataset_snapshots"("source_id", "as_of");

-- CreateIndex
CREATE INDEX "dataset_snapshots_imported_by_id_idx" ON "dataset_snapshots"("imported_by_id");

-- CreateIndex
CREATE INDEX "dataset_rows_snapshot_id_publication_date_idx" ON "dataset_rows"("snapshot_id", "publication_date");

-- CreateIndex
CREATE INDEX "dataset_rows_countries_idx" ON "dataset_rows" USING GIN ("countries");

-- CreateIndex
CREATE INDEX "claims_metric_id_idx" ON "claims"("metric_id");

-- CreateIndex
CREATE INDEX "claims_metric_definition_id_idx" ON "claims"("metric_definition_id");

-- CreateIndex
CREATE INDEX "claims_recheck_after_idx" ON "claims"("recheck_after");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_metric_id_fkey" FOREIGN KEY ("metric_id") REFERENCES "metrics"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_metric_definition_id_fkey" FOREIGN KEY ("metric_definition_id") REFERENCES "metric_definitions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_definitions" ADD CONSTRAINT "metric_definitions_metric_id_fkey" FOREIGN KEY ("metric_id") REFERENCES "metrics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_definitions" ADD CONSTRAINT "metric_definitions_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation_suggestion_dismissals" ADD CONSTRAINT "relation_suggestion_dismissals_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation_suggestion_dismissals" ADD CONSTRAINT "relation_suggestion_dismissals_other_claim_id_fkey" FOREIGN KEY ("other_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation_suggestion_dismissals" ADD CONSTRAINT "relation_suggestion_dismissals_dismissed_by_id_fkey" FOREIGN KEY ("dismissed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_snapshots" ADD CONSTRAINT "dataset_snapshots_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_snapshots" ADD CONSTRAINT "dataset_snapshots_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_rows" ADD CONSTRAINT "dataset_rows_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "dataset_snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A claim cannot suggest a relation to itself.
ALTER TABLE "relation_suggestion_dismissals" ADD CONSTRAINT "relation_suggestion_dismissals_not_self_check" CHECK ("claim_id" <> "other_claim_id");
ALTER TABLE "dataset_snapshots" ADD CONSTRAINT "dataset_snapshots_row_count_check" CHECK ("row_count" >= 0);
