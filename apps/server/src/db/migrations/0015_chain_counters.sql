-- Live numbers of the chain map, kept by triggers so the map reads a few hundred rows, not the
-- projects table (fast on PGlite too). chain_counts_rebuild() recomputes them from scratch.
CREATE FUNCTION chain_count_add(c integer, s integer, m text, key text, dn bigint, da numeric) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF c IS NULL THEN RETURN; END IF;
  INSERT INTO chain_counts (chain_id, segment_id, metric, k, n, amount_yuan)
  VALUES (c, coalesce(s, 0), m, coalesce(key, ''), dn, coalesce(da, 0))
  ON CONFLICT (chain_id, segment_id, metric, k)
  DO UPDATE SET n = chain_counts.n + excluded.n, amount_yuan = chain_counts.amount_yuan + excluded.amount_yuan;
END $$;
--> statement-breakpoint
CREATE FUNCTION chain_unit_add(u integer, c integer, s integer, dn bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF c IS NULL OR u IS NULL THEN RETURN; END IF;
  INSERT INTO chain_unit_counts (unit_id, chain_id, segment_id, projects) VALUES (u, c, coalesce(s, 0), dn)
  ON CONFLICT (chain_id, segment_id, unit_id) DO UPDATE SET projects = chain_unit_counts.projects + excluded.projects;
END $$;
--> statement-breakpoint
CREATE FUNCTION chain_counts_projects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_op = 'UPDATE' AND (old.chain_id, old.segment_id, old.status, old.stage, old.agreed_yuan, old.signed_on, old.host_unit_id)
     IS NOT DISTINCT FROM (new.chain_id, new.segment_id, new.status, new.stage, new.agreed_yuan, new.signed_on, new.host_unit_id) THEN
    RETURN NULL;
  END IF;
  IF tg_op IN ('UPDATE', 'DELETE') AND old.chain_id IS NOT NULL AND old.status <> 'terminated' THEN
    PERFORM chain_count_add(old.chain_id, old.segment_id, 'project', old.stage, -1, -old.agreed_yuan);
    IF old.signed_on IS NOT NULL THEN
      PERFORM chain_count_add(old.chain_id, old.segment_id, 'signed', old.signed_on::text, -1, 0);
    END IF;
    PERFORM chain_unit_add(old.host_unit_id, old.chain_id, old.segment_id, -1);
  END IF;
  IF tg_op IN ('UPDATE', 'INSERT') AND new.chain_id IS NOT NULL AND new.status <> 'terminated' THEN
    PERFORM chain_count_add(new.chain_id, new.segment_id, 'project', new.stage, 1, new.agreed_yuan);
    IF new.signed_on IS NOT NULL THEN
      PERFORM chain_count_add(new.chain_id, new.segment_id, 'signed', new.signed_on::text, 1, 0);
    END IF;
    PERFORM chain_unit_add(new.host_unit_id, new.chain_id, new.segment_id, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER projects_chain_counts AFTER INSERT OR UPDATE OR DELETE ON projects
FOR EACH ROW EXECUTE FUNCTION chain_counts_projects();
--> statement-breakpoint
CREATE FUNCTION chain_counts_leads() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_op = 'UPDATE' AND (old.chain_id, old.segment_id, old.status) IS NOT DISTINCT FROM (new.chain_id, new.segment_id, new.status) THEN
    RETURN NULL;
  END IF;
  IF tg_op IN ('UPDATE', 'DELETE') AND old.status IN ('new', 'following') THEN
    PERFORM chain_count_add(old.chain_id, old.segment_id, 'lead_open', '', -1, 0);
  END IF;
  IF tg_op IN ('UPDATE', 'INSERT') AND new.status IN ('new', 'following') THEN
    PERFORM chain_count_add(new.chain_id, new.segment_id, 'lead_open', '', 1, 0);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER leads_chain_counts AFTER INSERT OR UPDATE OR DELETE ON leads
FOR EACH ROW EXECUTE FUNCTION chain_counts_leads();
--> statement-breakpoint
CREATE FUNCTION chain_counts_filings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_op = 'UPDATE' AND (old.chain_id, old.segment_id, old.status) IS NOT DISTINCT FROM (new.chain_id, new.segment_id, new.status) THEN
    RETURN NULL;
  END IF;
  IF tg_op IN ('UPDATE', 'DELETE') AND old.status = 'active' THEN
    PERFORM chain_count_add(old.chain_id, old.segment_id, 'filing_active', '', -1, 0);
  END IF;
  IF tg_op IN ('UPDATE', 'INSERT') AND new.status = 'active' THEN
    PERFORM chain_count_add(new.chain_id, new.segment_id, 'filing_active', '', 1, 0);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER filings_chain_counts AFTER INSERT OR UPDATE OR DELETE ON filings
FOR EACH ROW EXECUTE FUNCTION chain_counts_filings();
--> statement-breakpoint
CREATE FUNCTION chain_counts_companies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_op = 'UPDATE' AND (old.chain_id, old.segment_id, old.merged_into_id) IS NOT DISTINCT FROM (new.chain_id, new.segment_id, new.merged_into_id) THEN
    RETURN NULL;
  END IF;
  IF tg_op IN ('UPDATE', 'DELETE') AND old.merged_into_id IS NULL THEN
    PERFORM chain_count_add(old.chain_id, old.segment_id, 'company', '', -1, 0);
  END IF;
  IF tg_op IN ('UPDATE', 'INSERT') AND new.merged_into_id IS NULL THEN
    PERFORM chain_count_add(new.chain_id, new.segment_id, 'company', '', 1, 0);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER companies_chain_counts AFTER INSERT OR UPDATE OR DELETE ON companies
FOR EACH ROW EXECUTE FUNCTION chain_counts_companies();
--> statement-breakpoint
CREATE FUNCTION chain_counts_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_op = 'UPDATE' AND old.segment_id = new.segment_id THEN RETURN NULL; END IF;
  IF tg_op IN ('UPDATE', 'DELETE') THEN
    PERFORM chain_count_add((SELECT chain_id FROM chain_segments WHERE id = old.segment_id), old.segment_id, 'target', '', -1, 0);
  END IF;
  IF tg_op IN ('UPDATE', 'INSERT') THEN
    PERFORM chain_count_add((SELECT chain_id FROM chain_segments WHERE id = new.segment_id), new.segment_id, 'target', '', 1, 0);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER chain_targets_chain_counts AFTER INSERT OR UPDATE OR DELETE ON chain_targets
FOR EACH ROW EXECUTE FUNCTION chain_counts_targets();
--> statement-breakpoint
-- Recomputes every counter from the records (after a bulk load with triggers off, or to check them).
CREATE FUNCTION chain_counts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM chain_counts;
  DELETE FROM chain_unit_counts;
  INSERT INTO chain_counts (chain_id, segment_id, metric, k, n, amount_yuan)
  SELECT chain_id, coalesce(segment_id, 0), 'project', stage, count(*), sum(agreed_yuan) FROM projects
  WHERE chain_id IS NOT NULL AND status <> 'terminated' GROUP BY 1, 2, 4
  UNION ALL
  SELECT chain_id, coalesce(segment_id, 0), 'signed', signed_on::text, count(*), 0 FROM projects
  WHERE chain_id IS NOT NULL AND status <> 'terminated' AND signed_on IS NOT NULL GROUP BY 1, 2, 4
  UNION ALL
  SELECT chain_id, coalesce(segment_id, 0), 'lead_open', '', count(*), 0 FROM leads
  WHERE chain_id IS NOT NULL AND status IN ('new', 'following') GROUP BY 1, 2
  UNION ALL
  SELECT chain_id, coalesce(segment_id, 0), 'filing_active', '', count(*), 0 FROM filings
  WHERE chain_id IS NOT NULL AND status = 'active' GROUP BY 1, 2
  UNION ALL
  SELECT chain_id, coalesce(segment_id, 0), 'company', '', count(*), 0 FROM companies
  WHERE chain_id IS NOT NULL AND merged_into_id IS NULL GROUP BY 1, 2
  UNION ALL
  SELECT s.chain_id, t.segment_id, 'target', '', count(*), 0 FROM chain_targets t
  JOIN chain_segments s ON s.id = t.segment_id GROUP BY 1, 2;
  INSERT INTO chain_unit_counts (unit_id, chain_id, segment_id, projects)
  SELECT host_unit_id, chain_id, coalesce(segment_id, 0), count(*) FROM projects
  WHERE chain_id IS NOT NULL AND status <> 'terminated' GROUP BY 1, 2, 3;
END $$;
--> statement-breakpoint
-- A lead or project written with the free-text chain (imports, older clients) gets the chain of that
-- name; a name the map lacks leaves chain_id empty and shows in `chain unmatched`.
CREATE FUNCTION chain_from_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF new.chain_id IS NULL AND coalesce(btrim(new.chain), '') <> '' THEN
    new.chain_id := (SELECT id FROM chains WHERE name = btrim(new.chain) OR name_en = btrim(new.chain) ORDER BY id LIMIT 1);
  END IF;
  RETURN new;
END $$;
--> statement-breakpoint
CREATE TRIGGER leads_chain_from_text BEFORE INSERT OR UPDATE OF chain ON leads
FOR EACH ROW EXECUTE FUNCTION chain_from_text();
--> statement-breakpoint
CREATE TRIGGER projects_chain_from_text BEFORE INSERT OR UPDATE OF chain ON projects
FOR EACH ROW EXECUTE FUNCTION chain_from_text();
