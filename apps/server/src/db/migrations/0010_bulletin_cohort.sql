ALTER TABLE "bulletins" ADD COLUMN "cohort" text;--> statement-breakpoint
-- The signing-date index also carries what the indicators and the dashboard read, so a window's projects come from the index alone.
DROP INDEX "projects_signed_idx";--> statement-breakpoint
CREATE INDEX "projects_signed_idx" ON "projects" USING btree ("signed_on" DESC NULLS LAST, "id" DESC NULLS LAST)
  INCLUDE ("host_unit_id", "source_unit_ids", "agreed_yuan", "fits_positioning", "expansion_of", "chain",
           "contracted_on", "registered_on", "ready_on", "started_on", "completed_on", "producing_on");
