ALTER TABLE "bulletins" ADD COLUMN "cohort" text;--> statement-breakpoint
-- A draft's frozen projects (a few MB of digits) are stored as they are: compressing them costs more than it saves.
ALTER TABLE "bulletins" ALTER COLUMN "cohort" SET STORAGE EXTERNAL;--> statement-breakpoint
-- What the indicators and the dashboard read, by signing day number (days since 2000-01-01): a window's
-- projects come from this index alone. Keyed on an expression so the lists' plans never pick it up.
CREATE INDEX "projects_kpi_idx" ON "projects" USING btree (("signed_on" - DATE '2000-01-01'))
  INCLUDE ("id", "signed_on", "host_unit_id", "source_unit_ids", "agreed_yuan", "fits_positioning", "expansion_of", "chain",
           "contracted_on", "registered_on", "ready_on", "started_on", "completed_on", "producing_on");--> statement-breakpoint
-- A unit's projects in given stages by one index probe (unit and stage inside the same GIN index).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE INDEX "projects_credited_gin" ON "projects" USING gin ((array["host_unit_id"] || "source_unit_ids"), "stage");--> statement-breakpoint
-- Searches by a word inside a name ('%锂电池%') are estimated from a larger sample, so their plans use the trigram index.
ALTER TABLE "projects" ALTER COLUMN "name" SET STATISTICS 1000;
