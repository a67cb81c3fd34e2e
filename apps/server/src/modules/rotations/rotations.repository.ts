import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { effectiveUnitIdSql } from '../../db/fragments/effective-unit.ts';

const ts = (col: SQL) => sql`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export type RoundRow = {
  id: number;
  name: string;
  starts_on: string;
  ends_on: string;
  posting_count: number;
  created_at: string;
};

export async function insertRound(
  db: Tx,
  r: { name: string; startsOn: string; endsOn: string; createdBy: number },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into rotation_rounds (name, starts_on, ends_on, created_by)
        values (${r.name}, ${r.startsOn}::date, ${r.endsOn}::date, ${r.createdBy}) returning id`,
  );
  return row!.id;
}

const roundSelect = sql`select r.id, r.name, r.starts_on::text as starts_on, r.ends_on::text as ends_on,
    (select count(*)::int from secondments s where s.round_id = r.id) as posting_count, ${ts(sql`r.created_at`)} as created_at
  from rotation_rounds r`;

/** Rounds, newest first, with how many postings each holds. */
export async function findRounds(db: Tx): Promise<RoundRow[]> {
  return queryRows<RoundRow>(db, sql`${roundSelect} order by r.starts_on desc, r.id desc`);
}

export async function findRound(db: Tx, id: number): Promise<RoundRow | undefined> {
  const [row] = await queryRows<RoundRow>(db, sql`${roundSelect} where r.id = ${id}`);
  return row;
}

export async function findRoundByName(db: Tx, name: string) {
  const [row] = await queryRows<{ id: number }>(db, sql`select id from rotation_rounds where name = ${name}`);
  return row;
}

export type PostingRow = {
  id: number;
  round_id: number;
  round_name: string;
  user_id: number;
  user_name: string;
  unit_id: number;
  unit_name: string;
  from_unit_id: number;
  from_unit_name: string;
  start_date: string;
  end_date: string;
  note: string | null;
};

export type PostingFilter = { roundId?: number; unitId?: number; userId?: number };

const postingSelect = sql`select s.id, s.round_id, r.name as round_name, s.user_id, u.display_name as user_name,
    s.to_unit_id as unit_id, tu.name as unit_name, s.from_unit_id, fu.name as from_unit_name,
    s.start_date::text as start_date, s.end_date::text as end_date, s.note
  from secondments s join rotation_rounds r on r.id = s.round_id join users u on u.id = s.user_id
  join units tu on tu.id = s.to_unit_id join units fu on fu.id = s.from_unit_id`;

const postingWhere = (f: PostingFilter) => sql`where s.round_id is not null
  ${f.roundId === undefined ? sql`` : sql`and s.round_id = ${f.roundId}`}
  ${f.unitId === undefined ? sql`` : sql`and s.to_unit_id = ${f.unitId}`}
  ${f.userId === undefined ? sql`` : sql`and s.user_id = ${f.userId}`}`;

/** Postings by bureau, then start date; a page of them, or all (limit null) for the export. */
export async function findPostings(db: Tx, f: PostingFilter, page: { limit: number | null; offset: number }) {
  const [items, [total]] = await Promise.all([
    queryRows<PostingRow>(
      db,
      sql`${postingSelect} ${postingWhere(f)} order by tu.name, s.start_date desc, s.id
          ${page.limit === null ? sql`` : sql`limit ${page.limit} offset ${page.offset}`}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from secondments s ${postingWhere(f)}`),
  ]);
  return { items, total: total!.n };
}

export async function findPosting(db: Tx, id: number, forUpdate = false): Promise<PostingRow | undefined> {
  if (forUpdate) await db.execute(sql`select id from secondments where id = ${id} for update`);
  const [row] = await queryRows<PostingRow>(db, sql`${postingSelect} where s.id = ${id}`);
  return row;
}

/** The person's postings and secondments whose dates meet [start, end], the first by date. */
export async function findOverlappingPosting(db: Tx, userId: number, start: string, end: string) {
  const [row] = await queryRows<{ id: number; unit_name: string; start_date: string; end_date: string }>(
    db,
    sql`select s.id, un.name as unit_name, s.start_date::text as start_date, s.end_date::text as end_date
        from secondments s join units un on un.id = s.to_unit_id
        where s.user_id = ${userId} and s.start_date <= ${end}::date and s.end_date >= ${start}::date
        order by s.start_date limit 1`,
  );
  return row;
}

export async function insertPosting(
  db: Tx,
  p: {
    roundId: number;
    userId: number;
    fromUnitId: number;
    toUnitId: number;
    startDate: string;
    endDate: string;
    note: string | null;
    createdBy: number;
  },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into secondments (round_id, user_id, from_unit_id, to_unit_id, start_date, end_date, note, created_by)
        values (${p.roundId}, ${p.userId}, ${p.fromUnitId}, ${p.toUnitId}, ${p.startDate}::date, ${p.endDate}::date,
                ${p.note}, ${p.createdBy}) returning id`,
  );
  return row!.id;
}

export async function setPostingEnd(db: Tx, id: number, endDate: string) {
  await db.execute(sql`update secondments set end_date = ${endDate}::date where id = ${id}`);
}

/** The posting of the person to the unit running on the day, if any. */
export async function findRunningPosting(db: Tx, userId: number, unitId: number, day: string) {
  const [row] = await queryRows<{ id: number; start_date: string; end_date: string }>(
    db,
    sql`select id, start_date::text as start_date, end_date::text as end_date from secondments
        where user_id = ${userId} and to_unit_id = ${unitId} and round_id is not null
          and start_date <= ${day}::date and end_date >= ${day}::date
        order by start_date desc limit 1 for update`,
  );
  return row;
}

export type PersonRow = {
  id: number;
  display_name: string;
  role: string;
  disabled: boolean;
  home_unit_id: number;
  home_unit_name: string;
  unit_id: number;
  posted_to: number[];
};

/** A person with their home unit, the unit they work in today and every unit they were posted or seconded to. */
export async function findPerson(db: Tx, id: number): Promise<PersonRow | undefined> {
  const [row] = await queryRows<PersonRow>(
    db,
    sql`select u.id, u.display_name, u.role, u.disabled, u.home_unit_id, hu.name as home_unit_name,
          ${effectiveUnitIdSql(sql`u`)} as unit_id,
          array(select distinct s.to_unit_id from secondments s where s.user_id = u.id) as posted_to
        from users u join units hu on hu.id = u.home_unit_id where u.id = ${id}`,
  );
  return row;
}

export type HandoverKind = 'lead' | 'filing' | 'project' | 'blocker';
export type OpenItemRow = { kind: HandoverKind; id: number; version: number; label: string; status: string };

/**
 * What a person is in charge of in a unit and still open: the leads, filings and projects they
 * recorded (created_by) and the blockers they raised (raised_by) for that unit. `lock` takes
 * the rows for update, so a handover moves exactly what it checked.
 */
export async function findOpenItems(db: Tx, userId: number, unitId: number, lock = false): Promise<OpenItemRow[]> {
  const forUpdate = (alias: string) => (lock ? sql.raw(`for update of ${alias}`) : sql``);
  // One after another: inside a transaction the queries share one connection.
  const leads = await queryRows<OpenItemRow>(
    db,
    sql`select 'lead' as kind, l.id, l.version, c.name as label, l.status from leads l join companies c on c.id = l.company_id
          where l.created_by = ${userId} and l.status in ('new', 'following')
            and (l.reporting_unit_id = ${unitId} or l.handling_unit_id = ${unitId})
          order by l.id ${forUpdate('l')}`,
  );
  const filings = await queryRows<OpenItemRow>(
    db,
    sql`select 'filing' as kind, f.id, f.version, coalesce(c.name || ' · ' || f.project_name, c.name) as label, f.status
          from filings f join companies c on c.id = f.company_id
          where f.created_by = ${userId} and f.status = 'active' and f.unit_id = ${unitId}
          order by f.id ${forUpdate('f')}`,
  );
  const projects = await queryRows<OpenItemRow>(
    db,
    sql`select 'project' as kind, p.id, p.version, p.name as label, p.stage as status from projects p
          where p.created_by = ${userId} and p.status <> 'terminated' and p.producing_on is null
            and (p.host_unit_id = ${unitId} or ${unitId} = any(p.source_unit_ids))
          order by p.id ${forUpdate('p')}`,
  );
  const blockers = await queryRows<OpenItemRow>(
    db,
    sql`select 'blocker' as kind, b.id, b.version, p.name || ' · ' || left(b.description, 40) as label, b.status
          from blockers b join projects p on p.id = b.project_id
          where b.raised_by = ${userId} and b.status = 'open'
            and (b.raised_by_unit_id = ${unitId} or b.responsible_unit_id = ${unitId})
          order by b.id ${forUpdate('b')}`,
  );
  return [...leads, ...filings, ...projects, ...blockers];
}

/** Puts the successor in charge of the items; each version moves on so a stale edit is refused. */
export async function reassignItems(db: Tx, items: { kind: HandoverKind; id: number }[], toUserId: number) {
  const ids = (kind: HandoverKind) => sql.param(items.filter((i) => i.kind === kind).map((i) => i.id));
  await db.execute(sql`update leads set created_by = ${toUserId}, version = version + 1, updated_at = now()
    where id = any(${ids('lead')}::int[])`);
  await db.execute(sql`update filings set created_by = ${toUserId}, version = version + 1, updated_at = now()
    where id = any(${ids('filing')}::int[])`);
  await db.execute(sql`update projects set created_by = ${toUserId}, version = version + 1, updated_at = now()
    where id = any(${ids('project')}::int[])`);
  await db.execute(sql`update blockers set raised_by = ${toUserId}, version = version + 1
    where id = any(${ids('blocker')}::int[])`);
}

export type HandoverItem = { kind: HandoverKind; id: number; label: string };

export async function insertHandover(
  db: Tx,
  h: {
    unitId: number;
    fromUserId: number;
    toUserId: number;
    items: HandoverItem[];
    endedPostingId: number | null;
    note: string | null;
    createdBy: number;
  },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into handovers (unit_id, from_user_id, to_user_id, items, ended_posting_id, note, created_by)
        values (${h.unitId}, ${h.fromUserId}, ${h.toUserId}, ${JSON.stringify(h.items)}::jsonb, ${h.endedPostingId},
                ${h.note}, ${h.createdBy}) returning id`,
  );
  return row!.id;
}

export type HandoverRow = {
  id: number;
  unit_id: number;
  unit_name: string;
  from_user_id: number;
  from_name: string;
  to_user_id: number;
  to_name: string;
  items: HandoverItem[];
  ended_posting_id: number | null;
  note: string | null;
  created_by_name: string;
  created_at: string;
};

/** Handovers, newest first: every unit's or one unit's. */
export async function findHandovers(db: Tx, unitId?: number): Promise<HandoverRow[]> {
  return queryRows<HandoverRow>(
    db,
    sql`select h.id, h.unit_id, un.name as unit_name, h.from_user_id, fu.display_name as from_name,
          h.to_user_id, tu.display_name as to_name, h.items, h.ended_posting_id, h.note,
          cu.display_name as created_by_name, ${ts(sql`h.created_at`)} as created_at
        from handovers h join units un on un.id = h.unit_id join users fu on fu.id = h.from_user_id
        join users tu on tu.id = h.to_user_id join users cu on cu.id = h.created_by
        ${unitId === undefined ? sql`` : sql`where h.unit_id = ${unitId}`}
        order by h.id desc`,
  );
}

/** Rounds are opened one at a time (their names are unique): a second opening waits for the first. */
export async function lockRounds(db: Tx) {
  await db.execute(sql`lock table rotation_rounds in share row exclusive mode`);
}

/** The person's row, locked: two offices posting the same person at once are serialised. */
export async function lockPerson(db: Tx, userId: number) {
  await db.execute(sql`select id from users where id = ${userId} for update`);
}
