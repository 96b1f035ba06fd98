-- Verdicts in two languages: the English summary and analysis are an optional, reviewed translation. Existing
-- verdicts and revisions keep their text as the Korean original and get no English translation (null).
ALTER TABLE "verdicts" ADD COLUMN "summary_en" TEXT;
ALTER TABLE "verdicts" ADD COLUMN "analysis_en" TEXT;
ALTER TABLE "verdict_revisions" ADD COLUMN "summary_en" TEXT;
ALTER TABLE "verdict_revisions" ADD COLUMN "analysis_en" TEXT;
