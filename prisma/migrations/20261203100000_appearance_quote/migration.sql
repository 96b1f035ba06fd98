-- The sentence of the source that makes the claim, stored on the appearance itself. Until now intake kept it in the
-- appearance's note: a note that is found word for word in an archived copy of the appearance's source (and is
-- long enough to be a sentence rather than a remark such as "1면") is that quote, so it moves to the new column and
-- the note is cleared. Every other note stays as it is.

-- AlterTable
ALTER TABLE "appearances" ADD COLUMN "quote" TEXT;

UPDATE "appearances" AS a
SET "quote" = a."note", "note" = NULL
WHERE a."note" IS NOT NULL
  AND char_length(btrim(a."note")) >= 10
  AND EXISTS (
    SELECT 1 FROM "archived_copies" AS c
    WHERE c."source_id" = a."source_id" AND strpos(c."text", a."note") > 0
  );
