-- Sites and catalogue entries written with a free-text chain (imports, older clients) get the
-- map's chain of that name, as leads and projects do (chain_from_text of 0015).
CREATE TRIGGER sites_chain_from_text BEFORE INSERT OR UPDATE OF chain ON sites
FOR EACH ROW EXECUTE FUNCTION chain_from_text();
--> statement-breakpoint
CREATE TRIGGER catalogue_entries_chain_from_text BEFORE INSERT OR UPDATE OF chain ON catalogue_entries
FOR EACH ROW EXECUTE FUNCTION chain_from_text();
--> statement-breakpoint
UPDATE sites s SET chain_id = c.id
FROM (SELECT DISTINCT ON (name) id, name FROM chains ORDER BY name, id) c
WHERE s.chain_id IS NULL AND btrim(s.chain) = c.name;
--> statement-breakpoint
UPDATE catalogue_entries e SET chain_id = c.id
FROM (SELECT DISTINCT ON (name) id, name FROM chains ORDER BY name, id) c
WHERE e.chain_id IS NULL AND btrim(e.chain) = c.name;
