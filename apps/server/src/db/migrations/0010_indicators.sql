ALTER TABLE "bulletins" ADD COLUMN "cohort" text;--> statement-breakpoint
-- A draft's frozen projects (a few MB of digits) are stored as they are: compressing them costs more than it saves.
ALTER TABLE "bulletins" ALTER COLUMN "cohort" SET STORAGE EXTERNAL;--> statement-breakpoint
-- What the indicators and the dashboard read, by signing day number (days since 2000-01-01): a window's
-- projects come from this index alone. Keyed on an expression so the lists' plans never pick it up.
CREATE INDEX "projects_kpi_idx" ON "projects" USING btree (("signed_on" - DATE '2000-01-01'))
  INCLUDE ("id", "signed_on", "host_unit_id", "source_unit_ids", "agreed_yuan", "fits_positioning", "expansion_of", "chain",
           "contracted_on", "registered_on", "ready_on", "started_on", "completed_on", "producing_on");--> statement-breakpoint
-- A unit's projects, and a unit's projects in a stage, by one index probe: each project's keys are
-- unit * 16 for every unit credited with it (host, sourcing units), and unit * 16 + the stage's
-- place (intent 1 … producing 8) for each of them. The list's unit filters ask for these keys.
CREATE FUNCTION project_unit_keys(host_unit_id integer, source_unit_ids integer[], stage text) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_agg(k) FROM (
    SELECT u * 16 AS k FROM unnest(array[host_unit_id] || source_unit_ids) u
    UNION
    SELECT u * 16 + array_position(array['intent', 'signed', 'contracted', 'registered', 'ready', 'started', 'completed', 'producing'], stage)
    FROM unnest(array[host_unit_id] || source_unit_ids) u
  ) keys
$$;--> statement-breakpoint
CREATE INDEX "projects_unit_keys_gin" ON "projects" USING gin (project_unit_keys("host_unit_id", "source_unit_ids", "stage"));--> statement-breakpoint
-- Searches by a word inside a name ('%锂电池%') are estimated from a larger sample, so their plans use the trigram index.
ALTER TABLE "projects" ALTER COLUMN "name" SET STATISTICS 1000;--> statement-breakpoint
-- projects.source_unit_ids follows project_sources; a row that already holds its units (an import
-- writes them with the project) is left alone, so each project is written once.
CREATE OR REPLACE FUNCTION project_sources_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE projects p SET source_unit_ids = s.ids
  FROM (SELECT c.project_id, coalesce((SELECT array_agg(x.unit_id ORDER BY x.unit_id) FROM project_sources x WHERE x.project_id = c.project_id), '{}') AS ids
        FROM (SELECT DISTINCT project_id FROM changed) c) s
  WHERE p.id = s.project_id AND p.source_unit_ids IS DISTINCT FROM s.ids;
  RETURN NULL;
END $$;
