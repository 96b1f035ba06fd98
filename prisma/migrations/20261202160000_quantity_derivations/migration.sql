-- Arithmetic between claims (issue 14, item 4): an editor records that a quantity is derived from others (a ratio,
-- a difference, a sum of parts, a share, a change between two windows). The desk computes the implied value and
-- checks the stated one against it at its stated precision.
--
-- Deleting the derived quantity deletes its derivation; deleting an input deletes that input's row only, and the
-- derivation then has fewer rows than "input_count" says, so it is reported as incomplete instead of being
-- computed from the inputs that are left (a sum short of one part would give a wrong total).

-- CreateEnum
CREATE TYPE "DerivationOperation" AS ENUM ('RATIO', 'DIFFERENCE', 'SUM', 'SHARE', 'CHANGE');

-- CreateTable
CREATE TABLE "quantity_derivations" (
    "id" TEXT NOT NULL,
    "quantity_id" TEXT NOT NULL,
    "operation" "DerivationOperation" NOT NULL,
    "input_count" INTEGER NOT NULL,
    "created_by_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quantity_derivations_pkey" PRIMARY KEY ("id"),
    -- A sum has two parts or more; every other operation has exactly two inputs.
    CONSTRAINT "quantity_derivations_input_count_check" CHECK (
      CASE WHEN "operation" = 'SUM' THEN "input_count" >= 2 ELSE "input_count" = 2 END
    )
);

-- CreateTable
CREATE TABLE "quantity_derivation_inputs" (
    "derivation_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "quantity_id" TEXT NOT NULL,

    CONSTRAINT "quantity_derivation_inputs_pkey" PRIMARY KEY ("derivation_id","position"),
    CONSTRAINT "quantity_derivation_inputs_position_check" CHECK ("position" >= 0)
);

-- CreateIndex
CREATE UNIQUE INDEX "quantity_derivations_quantity_id_key" ON "quantity_derivations"("quantity_id");

-- CreateIndex
CREATE INDEX "quantity_derivations_created_by_id_idx" ON "quantity_derivations"("created_by_id");

-- CreateIndex
CREATE INDEX "quantity_derivation_inputs_quantity_id_idx" ON "quantity_derivation_inputs"("quantity_id");

-- AddForeignKey
ALTER TABLE "quantity_derivations" ADD CONSTRAINT "quantity_derivations_quantity_id_fkey" FOREIGN KEY ("quantity_id") REFERENCES "claim_quantities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quantity_derivations" ADD CONSTRAINT "quantity_derivations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quantity_derivation_inputs" ADD CONSTRAINT "quantity_derivation_inputs_derivation_id_fkey" FOREIGN KEY ("derivation_id") REFERENCES "quantity_derivations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quantity_derivation_inputs" ADD CONSTRAINT "quantity_derivation_inputs_quantity_id_fkey" FOREIGN KEY ("quantity_id") REFERENCES "claim_quantities"("id") ON DELETE CASCADE ON UPDATE CASCADE;
