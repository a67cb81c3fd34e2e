-- capital_unit_months sums, per host unit and month (ym = year * 12 + month - 1), what arrived
-- (capital_arrivals) and the agreed investment of the projects signed that month (projects).
-- Statement-level triggers with transition tables: an import of 100,000 rows is one upsert.
CREATE FUNCTION capital_arrivals_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO capital_unit_months AS c (unit_id, ym, domestic_wan, foreign_usd_wan)
  SELECT p.host_unit_id, n.year * 12 + n.month - 1, sum(n.domestic_wan), sum(n.foreign_usd_wan)
  FROM capital_new n JOIN projects p ON p.id = n.project_id
  GROUP BY 1, 2
  ON CONFLICT (unit_id, ym) DO UPDATE SET domestic_wan = c.domestic_wan + excluded.domestic_wan,
    foreign_usd_wan = c.foreign_usd_wan + excluded.foreign_usd_wan;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION capital_arrivals_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO capital_unit_months AS c (unit_id, ym, domestic_wan, foreign_usd_wan)
  SELECT p.host_unit_id, d.year * 12 + d.month - 1, sum(d.dom), sum(d.fr)
  FROM (
    SELECT project_id, year, month, -domestic_wan AS dom, -foreign_usd_wan AS fr FROM capital_old
    UNION ALL SELECT project_id, year, month, domestic_wan, foreign_usd_wan FROM capital_new
  ) d JOIN projects p ON p.id = d.project_id
  GROUP BY 1, 2
  HAVING sum(d.dom) <> 0 OR sum(d.fr) <> 0
  ON CONFLICT (unit_id, ym) DO UPDATE SET domestic_wan = c.domestic_wan + excluded.domestic_wan,
    foreign_usd_wan = c.foreign_usd_wan + excluded.foreign_usd_wan;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION capital_arrivals_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO capital_unit_months AS c (unit_id, ym, domestic_wan, foreign_usd_wan)
  SELECT p.host_unit_id, o.year * 12 + o.month - 1, -sum(o.domestic_wan), -sum(o.foreign_usd_wan)
  FROM capital_old o JOIN projects p ON p.id = o.project_id
  GROUP BY 1, 2
  ON CONFLICT (unit_id, ym) DO UPDATE SET domestic_wan = c.domestic_wan + excluded.domestic_wan,
    foreign_usd_wan = c.foreign_usd_wan + excluded.foreign_usd_wan;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER capital_arrivals_insert AFTER INSERT ON capital_arrivals
  REFERENCING NEW TABLE AS capital_new FOR EACH STATEMENT EXECUTE FUNCTION capital_arrivals_inserted();
--> statement-breakpoint
CREATE TRIGGER capital_arrivals_update AFTER UPDATE ON capital_arrivals
  REFERENCING OLD TABLE AS capital_old NEW TABLE AS capital_new FOR EACH STATEMENT EXECUTE FUNCTION capital_arrivals_updated();
--> statement-breakpoint
CREATE TRIGGER capital_arrivals_delete AFTER DELETE ON capital_arrivals
  REFERENCING OLD TABLE AS capital_old FOR EACH STATEMENT EXECUTE FUNCTION capital_arrivals_deleted();
--> statement-breakpoint
-- Projects: the agreed investment counts in its host unit's signing month; a project that moves
-- to another host unit takes its arrived capital with it.
CREATE FUNCTION capital_projects_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO capital_unit_months AS c (unit_id, ym, agreed_yuan, agreed_foreign_usd_wan)
  SELECT n.host_unit_id, (extract(year FROM n.signed_on) * 12 + extract(month FROM n.signed_on) - 1)::int,
    sum(n.agreed_yuan), sum(coalesce(n.foreign_usd_wan, 0))
  FROM projects_new n WHERE n.signed_on IS NOT NULL
  GROUP BY 1, 2
  ON CONFLICT (unit_id, ym) DO UPDATE SET agreed_yuan = c.agreed_yuan + excluded.agreed_yuan,
    agreed_foreign_usd_wan = c.agreed_foreign_usd_wan + excluded.agreed_foreign_usd_wan;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION capital_projects_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH ch AS (
    SELECT o.id, o.host_unit_id AS old_unit, n.host_unit_id AS new_unit, o.signed_on AS old_signed,
      n.signed_on AS new_signed, o.agreed_yuan AS old_agreed, n.agreed_yuan AS new_agreed,
      coalesce(o.foreign_usd_wan, 0) AS old_foreign, coalesce(n.foreign_usd_wan, 0) AS new_foreign
    FROM projects_old o JOIN projects_new n ON n.id = o.id
    WHERE o.host_unit_id <> n.host_unit_id OR o.signed_on IS DISTINCT FROM n.signed_on
      OR o.agreed_yuan <> n.agreed_yuan OR o.foreign_usd_wan IS DISTINCT FROM n.foreign_usd_wan
  ), d AS (
    SELECT old_unit AS unit_id, (extract(year FROM old_signed) * 12 + extract(month FROM old_signed) - 1)::int AS ym,
      0::numeric AS dom, 0::numeric AS fr, -old_agreed AS ag, -old_foreign AS agf
    FROM ch WHERE old_signed IS NOT NULL
    UNION ALL
    SELECT new_unit, (extract(year FROM new_signed) * 12 + extract(month FROM new_signed) - 1)::int,
      0, 0, new_agreed, new_foreign
    FROM ch WHERE new_signed IS NOT NULL
    UNION ALL
    SELECT ch.old_unit, a.year * 12 + a.month - 1, -a.domestic_wan, -a.foreign_usd_wan, 0, 0
    FROM ch JOIN capital_arrivals a ON a.project_id = ch.id WHERE ch.old_unit <> ch.new_unit
    UNION ALL
    SELECT ch.new_unit, a.year * 12 + a.month - 1, a.domestic_wan, a.foreign_usd_wan, 0, 0
    FROM ch JOIN capital_arrivals a ON a.project_id = ch.id WHERE ch.old_unit <> ch.new_unit
  )
  INSERT INTO capital_unit_months AS c (unit_id, ym, domestic_wan, foreign_usd_wan, agreed_yuan, agreed_foreign_usd_wan)
  SELECT unit_id, ym, sum(dom), sum(fr), sum(ag), sum(agf) FROM d
  GROUP BY 1, 2
  HAVING sum(dom) <> 0 OR sum(fr) <> 0 OR sum(ag) <> 0 OR sum(agf) <> 0
  ON CONFLICT (unit_id, ym) DO UPDATE SET domestic_wan = c.domestic_wan + excluded.domestic_wan,
    foreign_usd_wan = c.foreign_usd_wan + excluded.foreign_usd_wan,
    agreed_yuan = c.agreed_yuan + excluded.agreed_yuan,
    agreed_foreign_usd_wan = c.agreed_foreign_usd_wan + excluded.agreed_foreign_usd_wan;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION capital_projects_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO capital_unit_months AS c (unit_id, ym, agreed_yuan, agreed_foreign_usd_wan)
  SELECT o.host_unit_id, (extract(year FROM o.signed_on) * 12 + extract(month FROM o.signed_on) - 1)::int,
    -sum(o.agreed_yuan), -sum(coalesce(o.foreign_usd_wan, 0))
  FROM projects_old o WHERE o.signed_on IS NOT NULL
  GROUP BY 1, 2
  ON CONFLICT (unit_id, ym) DO UPDATE SET agreed_yuan = c.agreed_yuan + excluded.agreed_yuan,
    agreed_foreign_usd_wan = c.agreed_foreign_usd_wan + excluded.agreed_foreign_usd_wan;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER capital_projects_insert AFTER INSERT ON projects
  REFERENCING NEW TABLE AS projects_new FOR EACH STATEMENT EXECUTE FUNCTION capital_projects_inserted();
--> statement-breakpoint
CREATE TRIGGER capital_projects_update AFTER UPDATE ON projects
  REFERENCING OLD TABLE AS projects_old NEW TABLE AS projects_new FOR EACH STATEMENT EXECUTE FUNCTION capital_projects_updated();
--> statement-breakpoint
CREATE TRIGGER capital_projects_delete AFTER DELETE ON projects
  REFERENCING OLD TABLE AS projects_old FOR EACH STATEMENT EXECUTE FUNCTION capital_projects_deleted();
--> statement-breakpoint
-- The projects already there.
INSERT INTO capital_unit_months (unit_id, ym, agreed_yuan, agreed_foreign_usd_wan)
SELECT host_unit_id, (extract(year FROM signed_on) * 12 + extract(month FROM signed_on) - 1)::int,
  sum(agreed_yuan), sum(coalesce(foreign_usd_wan, 0))
FROM projects WHERE signed_on IS NOT NULL GROUP BY 1, 2;
