-- The 'signed' counter is kept per signing MONTH (was per day): at province size (1,000,000 projects)
-- a per-day key gives up to 160 segments × every day since 2019 (~460,000 rows) and the map, which sums
-- the counters, went past its 300 ms. Per month it stays ≤ 160 × 12 a year; the weak-gap check adds
-- the signings of the edge month after its first day from the projects (findCounts).
CREATE OR REPLACE FUNCTION chain_counts_projects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_op = 'UPDATE' AND (old.chain_id, old.segment_id, old.status, old.stage, old.agreed_yuan, old.signed_on, old.host_unit_id)
     IS NOT DISTINCT FROM (new.chain_id, new.segment_id, new.status, new.stage, new.agreed_yuan, new.signed_on, new.host_unit_id) THEN
    RETURN NULL;
  END IF;
  IF tg_op IN ('UPDATE', 'DELETE') AND old.chain_id IS NOT NULL AND old.status <> 'terminated' THEN
    PERFORM chain_count_add(old.chain_id, old.segment_id, 'project', old.stage, -1, -old.agreed_yuan);
    IF old.signed_on IS NOT NULL THEN
      PERFORM chain_count_add(old.chain_id, old.segment_id, 'signed', to_char(old.signed_on, 'YYYY-MM'), -1, 0);
    END IF;
    PERFORM chain_unit_add(old.host_unit_id, old.chain_id, old.segment_id, -1);
  END IF;
  IF tg_op IN ('UPDATE', 'INSERT') AND new.chain_id IS NOT NULL AND new.status <> 'terminated' THEN
    PERFORM chain_count_add(new.chain_id, new.segment_id, 'project', new.stage, 1, new.agreed_yuan);
    IF new.signed_on IS NOT NULL THEN
      PERFORM chain_count_add(new.chain_id, new.segment_id, 'signed', to_char(new.signed_on, 'YYYY-MM'), 1, 0);
    END IF;
    PERFORM chain_unit_add(new.host_unit_id, new.chain_id, new.segment_id, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chain_counts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM chain_counts;
  DELETE FROM chain_unit_counts;
  INSERT INTO chain_counts (chain_id, segment_id, metric, k, n, amount_yuan)
  SELECT chain_id, coalesce(segment_id, 0), 'project', stage, count(*), sum(agreed_yuan) FROM projects
  WHERE chain_id IS NOT NULL AND status <> 'terminated' GROUP BY 1, 2, 4
  UNION ALL
  SELECT chain_id, coalesce(segment_id, 0), 'signed', to_char(signed_on, 'YYYY-MM'), count(*), 0 FROM projects
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
SELECT chain_counts_rebuild();
