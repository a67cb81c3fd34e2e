-- The audit trail is append-only: the application never changes or removes a record.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- The chain starts from a fixed genesis hash (64 zeros).
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, repeat('0', 64));
--> statement-breakpoint
-- Fuzzy Chinese name matching (later issues) uses trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
