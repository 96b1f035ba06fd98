-- First-seen and appearance dates carry their precision as sources' published dates do: "2024-12" is stored as
-- 2024-12-01 with MONTH instead of being read as 1 December. Every existing date was entered as a day: DAY.
-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "first_seen_precision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- AlterTable
ALTER TABLE "appearances" ADD COLUMN     "appeared_precision" "DatePrecision" NOT NULL DEFAULT 'DAY';
