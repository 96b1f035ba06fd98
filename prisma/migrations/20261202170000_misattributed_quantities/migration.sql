-- A right figure with the wrong label ("전국 대학 47곳" where 47 counts one province's participating universities):
-- a relation kind of its own, recorded for one quantity of the claim, with what the figure actually counts and,
-- optionally, the claim or source that shows it. Other kinds keep their meaning: they still need the other claim.
ALTER TYPE "RelationKind" ADD VALUE 'MISATTRIBUTED';

-- AlterTable
ALTER TABLE "claim_relations" ALTER COLUMN "to_claim_id" DROP NOT NULL,
ADD COLUMN     "quantity_id" TEXT,
ADD COLUMN     "claimed_as_ko" TEXT,
ADD COLUMN     "claimed_as_en" TEXT,
ADD COLUMN     "actual_ko" TEXT,
ADD COLUMN     "actual_en" TEXT,
ADD COLUMN     "actual_subject" TEXT,
ADD COLUMN     "actual_metric_id" TEXT,
ADD COLUMN     "actual_window_kind" "WindowKind",
ADD COLUMN     "actual_window_start" DATE,
ADD COLUMN     "actual_window_end" DATE,
ADD COLUMN     "actual_definition" TEXT,
ADD COLUMN     "source_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "claim_relations_quantity_id_key" ON "claim_relations"("quantity_id");

-- CreateIndex
CREATE INDEX "claim_relations_actual_metric_id_idx" ON "claim_relations"("actual_metric_id");

-- CreateIndex
CREATE INDEX "claim_relations_source_id_idx" ON "claim_relations"("source_id");

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_quantity_id_fkey" FOREIGN KEY ("quantity_id") REFERENCES "claim_quantities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_actual_metric_id_fkey" FOREIGN KEY ("actual_metric_id") REFERENCES "metrics"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- SQL-only rules. The kind is compared as text: a value added by ALTER TYPE cannot be used as an enum literal in
-- the transaction that adds it.
-- Every kind but MISATTRIBUTED relates two claims; a misattribution names its quantity and says, in both
-- languages, what the figure actually counts; the misattribution fields belong to that kind only.
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_kind_fields_check" CHECK (
  CASE WHEN "kind"::text = 'MISATTRIBUTED'
    THEN "quantity_id" IS NOT NULL AND "actual_ko" IS NOT NULL AND "actual_en" IS NOT NULL
    ELSE "to_claim_id" IS NOT NULL AND "quantity_id" IS NULL AND "claimed_as_ko" IS NULL AND "claimed_as_en" IS NULL
      AND "actual_ko" IS NULL AND "actual_en" IS NULL AND "actual_subject" IS NULL AND "actual_metric_id" IS NULL
      AND "actual_window_kind" IS NULL AND "actual_window_start" IS NULL AND "actual_window_end" IS NULL
      AND "actual_definition" IS NULL AND "source_id" IS NULL
  END
);
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_actual_window_order_check"
    CHECK ("actual_window_start" IS NULL OR "actual_window_end" IS NULL OR "actual_window_start" <= "actual_window_end");
