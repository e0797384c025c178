-- Retention: old audit events may be deleted only by the retention job, which sets this flag for
-- its own transaction (SET LOCAL app.audit_retention = 'on'); updates stay refused always.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('app.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;
