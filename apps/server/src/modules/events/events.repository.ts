import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** An event as the services read it (dates as YYYY-MM-DD). */
export type EventRow = {
  id: number;
  name: string;
  kind: string;
  level: string;
  place: string | null;
  region: string | null;
  campaign_id: number | null;
  campaign_name: string | null;
  campaign_round: number | null;
  starts_on: string;
  ends_on: string;
  cancelled: boolean;
  notes: string | null;
  organisers: { id: number; name: string }[];
  guests: number;
  version: number;
};

export type EventValues = {
  name: string;
  kind: string;
  level: string;
  place: string | null;
  region: string | null;
  campaignId: number | null;
  startsOn: string;
  endsOn: string;
  cancelled: boolean;
  notes: string | null;
};

const SELECT = sql`
  select e.id, e.name, e.kind, e.level, e.place, e.region, e.campaign_id, c.name as campaign_name, c.round as campaign_round,
    e.starts_on::text as starts_on, e.ends_on::text as ends_on, e.cancelled, e.notes, e.version,
    coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.id)
      from event_organisers o join units u on u.id = o.unit_id where o.event_id = e.id), '[]'::json) as organisers,
    (select count(*)::int from event_guests g where g.event_id = e.id) as guests
  from events e left join campaigns c on c.id = e.campaign_id`;

export async function findEventById(db: Tx, id: number, opts: { forUpdate?: boolean } = {}) {
  if (opts.forUpdate) await db.execute(sql`select 1 from events where id = ${id} for update`);
  const [row] = await queryRows<EventRow>(db, sql`${SELECT} where e.id = ${id}`);
  return row;
}

export async function findEventIdByKey(db: Tx, name: string, startsOn: string): Promise<number | undefined> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`select id from events where name = ${name} and starts_on = ${startsOn}::date`,
  );
  return row?.id;
}

export async function insertEvent(db: Tx, v: EventValues, createdBy: number | null): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into events (name, kind, level, place, region, campaign_id, starts_on, ends_on, cancelled, notes, created_by)
        values (${v.name}, ${v.kind}, ${v.level}, ${v.place}, ${v.region}, ${v.campaignId}::int, ${v.startsOn}::date, ${v.endsOn}::date,
          ${v.cancelled}, ${v.notes}, ${createdBy}::int) returning id`,
  );
  return row!.id;
}

/** Writes the event if its version is still the one read; false when someone saved in between. */
export async function updateEvent(db: Tx, id: number, version: number, v: EventValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update events set name = ${v.name}, kind = ${v.kind}, level = ${v.level}, place = ${v.place}, region = ${v.region},
          campaign_id = ${v.campaignId}::int, starts_on = ${v.startsOn}::date, ends_on = ${v.endsOn}::date, cancelled = ${v.cancelled},
          notes = ${v.notes}, version = version + 1, updated_at = now()
        where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

export async function replaceOrganisers(db: Tx, eventId: number, unitIds: number[]): Promise<void> {
  await db.execute(sql`delete from event_organisers where event_id = ${eventId}`);
  if (unitIds.length)
    await db.execute(
      sql`insert into event_organisers (event_id, unit_id) select ${eventId}::int, u from unnest(${sql.param(unitIds)}::int[]) as u`,
    );
}

export type EventFilter = {
  from?: string;
  to?: string;
  kind?: string;
  level?: string;
  region?: string;
  campaignId?: number;
  organiserUnitId?: number;
  q?: string;
};

export const EVENT_SORTS = { startsOn: sql`e.starts_on`, name: sql`e.name` } as const;
export type EventSort = keyof typeof EVENT_SORTS;

function whereOf(f: EventFilter): SQL {
  const conds: SQL[] = [sql`true`];
  // An event is in a window when any of its days is.
  if (f.from) conds.push(sql`e.ends_on >= ${f.from}::date`);
  if (f.to) conds.push(sql`e.starts_on <= ${f.to}::date`);
  if (f.kind) conds.push(sql`e.kind = ${f.kind}`);
  if (f.level) conds.push(sql`e.level = ${f.level}`);
  if (f.region) conds.push(sql`e.region = ${f.region}`);
  if (f.campaignId) conds.push(sql`e.campaign_id = ${f.campaignId}`);
  if (f.organiserUnitId)
    conds.push(
      sql`exists (select 1 from event_organisers o where o.event_id = e.id and o.unit_id = ${f.organiserUnitId})`,
    );
  if (f.q) conds.push(sql`e.name ilike ${`%${f.q.replace(/[\\%_]/g, '\\$&')}%`}`);
  return sql.join(conds, sql` and `);
}

export async function findEvents(
  db: Tx,
  f: EventFilter,
  sort: { by: EventSort; desc: boolean },
  page: { limit: number; offset: number },
) {
  const where = whereOf(f);
  const dir = sql.raw(sort.desc ? 'desc' : 'asc');
  const [items, totals] = await Promise.all([
    queryRows<EventRow>(
      db,
      sql`${SELECT} where ${where} order by ${EVENT_SORTS[sort.by]} ${dir}, e.id ${dir} limit ${page.limit} offset ${page.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from events e where ${where}`),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

// Campaigns

export type CampaignRow = {
  id: number;
  round: number;
  name: string;
  starts_on: string;
  ends_on: string;
  events: number;
  version: number;
};

export async function findCampaigns(db: Tx): Promise<CampaignRow[]> {
  return queryRows<CampaignRow>(
    db,
    sql`select c.id, c.round, c.name, c.starts_on::text as starts_on, c.ends_on::text as ends_on, c.version,
          (select count(*)::int from events e where e.campaign_id = c.id) as events
        from campaigns c order by c.round desc`,
  );
}

export async function findCampaignById(db: Tx, id: number): Promise<CampaignRow | undefined> {
  return (await findCampaigns(db)).find((c) => c.id === id);
}

export async function findCampaignIdByRound(db: Tx, round: number): Promise<number | undefined> {
  const [row] = await queryRows<{ id: number }>(db, sql`select id from campaigns where round = ${round}`);
  return row?.id;
}

export async function insertCampaign(
  db: Tx,
  c: { round: number; name: string; startsOn: string; endsOn: string },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into campaigns (round, name, starts_on, ends_on) values (${c.round}, ${c.name}, ${c.startsOn}::date, ${c.endsOn}::date) returning id`,
  );
  return row!.id;
}

export async function updateCampaign(
  db: Tx,
  id: number,
  version: number,
  c: { round: number; name: string; startsOn: string; endsOn: string },
): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update campaigns set round = ${c.round}, name = ${c.name}, starts_on = ${c.startsOn}::date, ends_on = ${c.endsOn}::date,
          version = version + 1, updated_at = now() where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

// Guests

export type GuestRow = {
  id: number;
  guest_name: string;
  title: string | null;
  company_name: string;
  uscc: string | null;
  company_id: number | null;
  registry_name: string | null;
  match_level: string;
};

export async function findGuests(db: Tx, eventId: number, limit: number): Promise<GuestRow[]> {
  return queryRows<GuestRow>(
    db,
    sql`select g.id, g.guest_name, g.title, g.company_name, g.uscc, g.company_id, c.name as registry_name, g.match_level
        from event_guests g left join companies c on c.id = g.company_id where g.event_id = ${eventId} order by g.id limit ${limit}`,
  );
}

export type GuestValues = {
  guestName: string;
  title: string | null;
  companyName: string;
  companyNormalised: string;
  uscc: string | null;
  companyId: number | null;
  matchLevel: string;
};

/** How many of the guests (company, guest name) the event already lists: an import updates those. */
export async function countExistingGuests(db: Tx, eventId: number, rows: GuestValues[]): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from event_guests g
        join unnest(${sql.param(rows.map((r) => r.companyNormalised))}::text[], ${sql.param(rows.map((r) => r.guestName))}::text[]) as k(company_normalised, guest_name)
          on g.company_normalised = k.company_normalised and g.guest_name = k.guest_name
        where g.event_id = ${eventId}`,
  );
  return row!.n;
}

export async function upsertGuests(db: Tx, eventId: number, rows: GuestValues[]): Promise<void> {
  const p = <T>(f: (r: GuestValues) => T) => sql.param(rows.map(f));
  await db.execute(sql`
    insert into event_guests (event_id, guest_name, title, company_name, company_normalised, uscc, company_id, match_level)
    select ${eventId}::int, k.* from unnest(${p((r) => r.guestName)}::text[], ${p((r) => r.title)}::text[], ${p((r) => r.companyName)}::text[],
      ${p((r) => r.companyNormalised)}::text[], ${p((r) => r.uscc)}::text[], ${p((r) => r.companyId)}::int[], ${p((r) => r.matchLevel)}::text[])
      as k(guest_name, title, company_name, company_normalised, uscc, company_id, match_level)
    on conflict (event_id, company_normalised, guest_name) do update set title = coalesce(excluded.title, event_guests.title),
      company_name = excluded.company_name, uscc = coalesce(excluded.uscc, event_guests.uscc),
      company_id = excluded.company_id, match_level = excluded.match_level`);
}

// Events import

/** Which of the (name, first day) keys are already events: name|day → id. */
export async function findEventIdsByKeys(db: Tx, keys: { name: string; startsOn: string }[]) {
  const rows = await queryRows<{ id: number; name: string; starts_on: string }>(
    db,
    sql`select e.id, e.name, e.starts_on::text as starts_on from events e
        join unnest(${sql.param(keys.map((k) => k.name))}::text[], ${sql.param(keys.map((k) => k.startsOn))}::date[]) as k(name, starts_on)
          on e.name = k.name and e.starts_on = k.starts_on`,
  );
  return new Map(rows.map((r) => [`${r.name}|${r.starts_on}`, r.id]));
}

/** Inserts or updates the events of an import in one statement; returns name|day → id. */
export async function upsertEventsBulk(db: Tx, rows: EventValues[], createdBy: number | null) {
  const p = <T>(f: (r: EventValues) => T) => sql.param(rows.map(f));
  const written = await queryRows<{ id: number; name: string; starts_on: string }>(
    db,
    sql`insert into events (name, kind, level, place, region, campaign_id, starts_on, ends_on, cancelled, notes, created_by)
        select k.*, ${createdBy}::int from unnest(${p((r) => r.name)}::text[], ${p((r) => r.kind)}::text[], ${p((r) => r.level)}::text[],
          ${p((r) => r.place)}::text[], ${p((r) => r.region)}::text[], ${p((r) => r.campaignId)}::int[], ${p((r) => r.startsOn)}::date[],
          ${p((r) => r.endsOn)}::date[], ${p((r) => r.cancelled)}::boolean[], ${p((r) => r.notes)}::text[])
          as k(name, kind, level, place, region, campaign_id, starts_on, ends_on, cancelled, notes)
        on conflict (name, starts_on) do update set kind = excluded.kind, level = excluded.level,
          place = coalesce(excluded.place, events.place), region = coalesce(excluded.region, events.region),
          campaign_id = coalesce(excluded.campaign_id, events.campaign_id), ends_on = excluded.ends_on,
          notes = coalesce(excluded.notes, events.notes), version = events.version + 1, updated_at = now()
        returning id, name, starts_on::text as starts_on`,
  );
  return new Map(written.map((r) => [`${r.name}|${r.starts_on}`, r.id]));
}

export async function replaceOrganisersBulk(db: Tx, pairs: { eventId: number; unitId: number }[]): Promise<void> {
  const ids = [...new Set(pairs.map((p) => p.eventId))];
  await db.execute(sql`delete from event_organisers where event_id = any(${sql.param(ids)}::int[])`);
  await db.execute(
    sql`insert into event_organisers (event_id, unit_id)
        select distinct * from unnest(${sql.param(pairs.map((p) => p.eventId))}::int[], ${sql.param(pairs.map((p) => p.unitId))}::int[])`,
  );
}

// Attribution of leads and projects

export async function findLeadForAttribution(db: Tx, id: number) {
  const [row] = await queryRows<{
    id: number;
    reporting_unit_id: number;
    handling_unit_id: number;
    event_id: number | null;
  }>(db, sql`select id, reporting_unit_id, handling_unit_id, event_id from leads where id = ${id} for update`);
  return row;
}

export async function setLeadEvent(db: Tx, id: number, eventId: number | null): Promise<void> {
  await db.execute(sql`update leads set event_id = ${eventId}::int, updated_at = now() where id = ${id}`);
}

export async function findProjectForAttribution(db: Tx, id: number) {
  const [row] = await queryRows<{
    id: number;
    host_unit_id: number;
    source_unit_ids: number[];
    event_id: number | null;
  }>(db, sql`select id, host_unit_id, source_unit_ids, event_id from projects where id = ${id} for update`);
  return row;
}

export async function setProjectEvent(db: Tx, id: number, eventId: number | null): Promise<void> {
  await db.execute(sql`update projects set event_id = ${eventId}::int, updated_at = now() where id = ${id}`);
}

// Yield

export type YieldRow = {
  id: number;
  name: string;
  kind: string;
  starts_on: string;
  campaign_id: number | null;
  guests: number;
  leads: number;
  filings: number;
  signed: number;
  agreed_yuan: string;
  foreign_usd_wan: string;
};

/**
 * Guests → leads → filings → signed projects → amount of the events chosen (one event, or the
 * events starting in a window, cancelled ones left out), as things stood at `asOf`, one row per
 * event. Each figure is an index lookup per event (event_guests_key, leads_event_idx,
 * projects_event_idx), so a year of events costs a few thousand probes, not a scan of each table.
 */
export async function findYield(
  db: Tx,
  q: { eventId?: number; from?: string; to?: string; asOf: string },
): Promise<YieldRow[]> {
  const chosen =
    q.eventId !== undefined
      ? sql`e.id = ${q.eventId}`
      : sql`e.starts_on between ${q.from}::date and ${q.to}::date and not e.cancelled`;
  return queryRows<YieldRow>(
    db,
    sql`select e.id, e.name, e.kind, e.starts_on::text as starts_on, e.campaign_id,
        (select count(*)::int from event_guests g where g.event_id = e.id) as guests,
        l.leads, l.filings, p.signed, p.agreed_yuan, p.foreign_usd_wan
      from events e
      cross join lateral (select count(*)::int as leads, count(distinct filing_id)::int as filings
        from leads where event_id = e.id and reported_on <= ${q.asOf}::date) l
      cross join lateral (select count(*)::int as signed, coalesce(sum(agreed_yuan), 0)::text as agreed_yuan,
          coalesce(sum(foreign_usd_wan), 0)::text as foreign_usd_wan
        from projects where event_id = e.id and signed_on <= ${q.asOf}::date) p
      where ${chosen} order by e.starts_on, e.id`,
  );
}

// The assessment

export type HeldEventRow = {
  unit_id: number;
  id: number;
  name: string;
  kind: string;
  starts_on: string;
  level: string;
};

/** The events each unit organised that were held in the window (started in it, ended by its end, not cancelled). */
export async function findHeldEventsByOrganiser(db: Tx, from: string, to: string): Promise<HeldEventRow[]> {
  return queryRows<HeldEventRow>(
    db,
    sql`select o.unit_id, e.id, e.name, e.kind, e.level, e.starts_on::text as starts_on
        from events e join event_organisers o on o.event_id = e.id
        where e.starts_on >= ${from}::date and e.ends_on <= ${to}::date and not e.cancelled
        order by o.unit_id, e.starts_on, e.id`,
  );
}
