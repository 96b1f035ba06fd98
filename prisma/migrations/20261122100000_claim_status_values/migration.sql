-- New claim states for the editor desk. A migration of its own: PostgreSQL lets a transaction add enum values
-- but not use them, and the next migration makes NEW the default. BEFORE/AFTER keep the schema's order.
ALTER TYPE "ClaimStatus" ADD VALUE 'NEW' BEFORE 'RESEARCHING';
ALTER TYPE "ClaimStatus" ADD VALUE 'IN_REVIEW' AFTER 'RESEARCHING';
