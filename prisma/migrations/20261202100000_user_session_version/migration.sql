-- A session token carries the user's session version from sign-in; desk pages, actions and the session endpoint
-- refuse a token whose version is no longer the user's. Bumped on a password change, an admin reset, deactivation,
-- a role change and "sign out everywhere", so that none of these leaves an older session working.
-- Existing tokens carry no version and so end once, at the first request after this migration.

-- AlterTable
ALTER TABLE "users" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;
