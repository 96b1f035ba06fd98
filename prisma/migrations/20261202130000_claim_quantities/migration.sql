-- Quantities become records of their own (issue 14, item 1): a claim states zero or more figures, each with its
-- kind, bound and stated precision ("10만 명당 17.27건으로 1위" is a rate and a rank). The single quantity that lived
-- in columns of "claims" moves, column for column, into position 0 of the new table; then those columns go.
--
-- The rule for the rows copied:
--   * every claim with any quantity column set (value, unit, subject, metric label, window, definition, metric,
--     metric definition) gets one row at position 0, so nothing is lost;
--   * kind is PERCENT when the unit is a percent sign ('%', or the full-width '％' a Korean input method types),
--     COUNT otherwise; editors re-kind the others (rates, money, ...) by hand;
--   * bound is EXACT: the old form only took a plain number;
--   * decimals is the number of decimals of the value as it was written, i.e. NUMERIC(20,6)'s padding removed
--     (17.270000 -> 2, 10 -> 0); no figure is assumed to be rounded to tens, so decimals is never negative here;
--   * the row's timestamps are the claim's.

-- CreateEnum
CREATE TYPE "QuantityKind" AS ENUM ('COUNT', 'RATE', 'RANK', 'MONEY', 'PERCENT', 'PERCENT_CHANGE', 'MULTIPLE', 'PERCENTAGE_POINTS', 'SCORE', 'DURATION', 'OTHER');

-- CreateEnum
CREATE TYPE "QuantityBound" AS ENUM ('EXACT', 'APPROX', 'AT_LEAST', 'AT_MOST', 'RANGE');

-- CreateTable
CREATE TABLE "claim_quantities" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "QuantityKind" NOT NULL DEFAULT 'COUNT',
    "bound" "QuantityBound" NOT NULL DEFAULT 'EXACT',
    "strict" BOOLEAN NOT NULL DEFAULT false,
    "value" DECIMAL(24,6),
    "low" DECIMAL(24,6),
    "high" DECIMAL(24,6),
    "decimals" INTEGER,
    "stated_text" TEXT,
    "unit" TEXT,
    "unit_en" TEXT,
    "currency" TEXT,
    "per" DECIMAL(24,6),
    "per_unit" TEXT,
    "rank_of" INTEGER,
    "rank_high_first" BOOLEAN,
    "duration_unit" TEXT,
    "price_year" INTEGER,
    "subject" TEXT,
    "metric_id" TEXT,
    "metric_definition_id" TEXT,
    "metric_label" TEXT,
    "window_kind" "WindowKind",
    "window_start" DATE,
    "window_end" DATE,
    "definition" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_quantities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claim_quantities_position_check" CHECK ("position" >= 0),
    -- A range is its two ends, in order, and no single value. Every other bound states a value, except a
    -- quantity that states no figure at all (no value, ends, unit, window or wording): that row only records
    -- the metric a claim is about, as a claim on a metric without a number could before.
    CONSTRAINT "claim_quantities_figure_check" CHECK (
      CASE WHEN "bound" = 'RANGE'
        THEN "value" IS NULL AND "low" IS NOT NULL AND "high" IS NOT NULL AND "low" <= "high"
        ELSE "value" IS NOT NULL
          OR ("low" IS NULL AND "high" IS NULL AND "unit" IS NULL AND "window_kind" IS NULL AND "stated_text" IS NULL)
      END),
    CONSTRAINT "claim_quantities_currency_check" CHECK ("currency" IS NULL OR "currency" ~ '^[A-Z]{3}$'),
    CONSTRAINT "claim_quantities_rank_of_check" CHECK ("rank_of" IS NULL OR "rank_of" > 0),
    CONSTRAINT "claim_quantities_window_check" CHECK ("window_start" IS NULL OR "window_end" IS NULL OR "window_start" <= "window_end")
);

-- CreateIndex
CREATE INDEX "claim_quantities_metric_id_idx" ON "claim_quantities"("metric_id");

-- CreateIndex
CREATE INDEX "claim_quantities_metric_definition_id_idx" ON "claim_quantities"("metric_definition_id");

-- CreateIndex (also the index for a claim's quantities: claim_id leads)
CREATE UNIQUE INDEX "claim_quantities_claim_id_position_key" ON "claim_quantities"("claim_id", "position");

-- AddForeignKey
ALTER TABLE "claim_quantities" ADD CONSTRAINT "claim_quantities_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_quantities" ADD CONSTRAINT "claim_quantities_metric_id_fkey" FOREIGN KEY ("metric_id") REFERENCES "metrics"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_quantities" ADD CONSTRAINT "claim_quantities_metric_definition_id_fkey" FOREIGN KEY ("metric_definition_id") REFERENCES "metric_definitions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Copy every claim's quantity into position 0.
INSERT INTO "claim_quantities" (
    "id", "claim_id", "position", "kind", "bound", "value", "decimals", "unit", "subject", "metric_id",
    "metric_definition_id", "metric_label", "window_kind", "window_start", "window_end", "definition",
    "created_at", "updated_at")
SELECT gen_random_uuid()::text, c."id", 0,
       CASE WHEN btrim(c."quantity_unit") IN ('%', '％') THEN 'PERCENT' ELSE 'COUNT' END::"QuantityKind",
       'EXACT',
       c."quantity_value",
       scale(trim_scale(c."quantity_value")),
       c."quantity_unit", c."quantity_subject", c."metric_id", c."metric_definition_id", c."quantity_metric",
       c."window_kind", c."window_start", c."window_end", c."definition",
       c."created_at", c."updated_at"
FROM "claims" c
WHERE c."quantity_value" IS NOT NULL OR c."quantity_unit" IS NOT NULL OR c."quantity_subject" IS NOT NULL
   OR c."quantity_metric" IS NOT NULL OR c."window_kind" IS NOT NULL OR c."window_start" IS NOT NULL
   OR c."window_end" IS NOT NULL OR c."definition" IS NOT NULL OR c."metric_id" IS NOT NULL
   OR c."metric_definition_id" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "claims" DROP CONSTRAINT "claims_metric_id_fkey";

-- DropForeignKey
ALTER TABLE "claims" DROP CONSTRAINT "claims_metric_definition_id_fkey";

-- DropIndex
DROP INDEX "claims_metric_id_idx";

-- DropIndex
DROP INDEX "claims_metric_definition_id_idx";

-- DropIndex
DROP INDEX "claims_quantity_metric_idx";

-- AlterTable
ALTER TABLE "claims" DROP COLUMN "metric_id",
DROP COLUMN "metric_definition_id",
DROP COLUMN "quantity_subject",
DROP COLUMN "quantity_metric",
DROP COLUMN "quantity_value",
DROP COLUMN "quantity_unit",
DROP COLUMN "window_kind",
DROP COLUMN "window_start",
DROP COLUMN "window_end",
DROP COLUMN "definition";
