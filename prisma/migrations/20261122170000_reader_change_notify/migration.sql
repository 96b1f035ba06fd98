-- Every committed write that readers could see inserts an audit event (lib/actions/pipeline.ts and the importer).
-- This tells each app instance, listening on "reader_changes" (lib/db/reader-changes.ts), to drop the reader pages
-- it has cached (lib/reader/page-cache.ts). NOTIFY is delivered on commit only, and once per transaction.
CREATE FUNCTION "notify_reader_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('reader_changes', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "audit_events_notify_reader_changes"
    AFTER INSERT ON "audit_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "notify_reader_changes"();
