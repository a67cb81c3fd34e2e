CREATE INDEX "filings_joint_idx" ON "filings" USING btree ("joint_conflict_id") WHERE "filings"."joint_conflict_id" is not null;--> statement-breakpoint
-- The indicators split a joint filing's projects by its shares: the signing index carries the filing so a window still comes from the index alone.
DROP INDEX "projects_kpi_idx";--> statement-breakpoint
CREATE INDEX "projects_kpi_idx" ON "projects" USING btree (("signed_on" - DATE '2000-01-01'))
  INCLUDE ("id", "signed_on", "host_unit_id", "source_unit_ids", "agreed_yuan", "fits_positioning", "expansion_of", "chain",
           "contracted_on", "registered_on", "ready_on", "started_on", "completed_on", "producing_on", "gate_status", "filing_id");--> statement-breakpoint
ANALYZE "projects";
