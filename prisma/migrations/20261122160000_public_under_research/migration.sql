-- A claim without a published verdict may be opened by readers as "under research" (검증 중) once an editor
-- marks it so. Off by default: every existing claim stays desk-only. Never listed (home, feeds, API).
ALTER TABLE "claims" ADD COLUMN "public_under_research" BOOLEAN NOT NULL DEFAULT false;
