-- The audit log cannot be quietly changed by the app's database role, nor casually by its owner.
-- Until now any session could SET app.audit_retention = 'on' and delete rows, and TRUNCATE never
-- fires a row trigger. Now: UPDATE, DELETE and TRUNCATE are refused by triggers for everyone
-- (the owner included; on embedded PGlite, a single superuser, the triggers are the protection),
-- and old rows leave only through audit_purge(), which records that it ran.

ALTER TYPE "AuditAction" ADD VALUE 'AUDIT_PURGE';

-- Who was probed: a denied attempt on municipality A's record by a user of B is shown to A too.
ALTER TABLE "AuditEvent" ADD COLUMN "targetMunicipalityId" TEXT;
CREATE INDEX "AuditEvent_targetMunicipalityId_at_idx" ON "AuditEvent"("targetMunicipalityId", "at");
-- The audit page lists a municipality's rows newest id first, 100 at a time: without this index
-- PostgreSQL walks the primary key backwards through every municipality's rows to find them.
CREATE INDEX "AuditEvent_municipalityId_id_idx" ON "AuditEvent"("municipalityId", "id");

-- DELETE passes only inside audit_purge(): the flag alone is not enough, because any role can set
-- a custom setting; current_user is the table's owner only inside the SECURITY DEFINER function
-- (or for the owner itself, who could drop the trigger anyway, and must set the flag deliberately).
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('audit.purging', true) = 'on'
     AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;

CREATE FUNCTION audit_event_no_truncate() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_no_truncate();

-- The retention job: deletes rows older than the retention (never under 180 days, the commonly
-- expected minimum for logs of access to sensitive personal data) and leaves a row saying so.
CREATE FUNCTION audit_purge(retention_days integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  cutoff timestamptz;
  deleted bigint;
BEGIN
  IF retention_days IS NULL OR retention_days < 180 THEN
    RAISE EXCEPTION 'audit_purge: retention must be at least 180 days, got %', retention_days;
  END IF;
  cutoff := now() - make_interval(days => retention_days);
  PERFORM set_config('audit.purging', 'on', true);
  DELETE FROM "AuditEvent" WHERE "at" < cutoff;
  GET DIAGNOSTICS deleted = ROW_COUNT;
  -- Off again at once: the caller's transaction goes on after this function returns.
  PERFORM set_config('audit.purging', 'off', true);
  INSERT INTO "AuditEvent" ("action", "recordType", "actorEmail", "details")
  VALUES ('AUDIT_PURGE', 'AuditEvent', session_user,
          jsonb_build_object('retentionDays', retention_days, 'cutoff', cutoff, 'deleted', deleted));
  RETURN deleted;
END;
$$;

-- A SECURITY DEFINER function must not resolve names through the caller's search_path; the schema
-- is the one being migrated, which is known only here.
DO $$
BEGIN
  EXECUTE format('ALTER FUNCTION audit_purge(integer) SET search_path = %I, pg_temp', current_schema());
END;
$$;

REVOKE ALL ON TABLE "AuditEvent" FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_purge(integer) FROM PUBLIC;
