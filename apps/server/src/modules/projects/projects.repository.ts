import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { type FrozenFigure, frozenFigureSql, type KpiFigureFilter, kpiFigureSql } from '../../db/fragments/kpi-bits.ts';
import { creditedToUnitSql, missingEvidenceSql, visibleToUnitSql } from '../../db/fragments/project-scope.ts';

/** A project row as the services read it (dates as YYYY-MM-DD, money as exact strings). */
export type ProjectRow = {
  id: number;
  name: string;
  company_id: number | null;
  company_name: string | null;
  company_uscc: string | null;
  host_unit_id: number;
  host_unit_name: string;
  source_units: { id: number; name: string }[];
  chain: string | null;
  chain_id: number | null;
  segment_id: number | null;
  fits_positioning: boolean;
  fits_reason: string | null;
  /** A chain is chosen and the host unit is not designated for it (the office sees it). */
  outside_recommendation: boolean;
  agreed_yuan: string;
  invested_yuan: string;
  foreign_usd_wan: string | null;
  investor_type: string | null;
  expected_jobs: number | null;
  expected_tax_wan: string | null;
  status: string;
  status_reason: string | null;
  signed_on: string | null;
  contracted_on: string | null;
  registered_on: string | null;
  registered_uscc: string | null;
  ready_on: string | null;
  started_on: string | null;
  completed_on: string | null;
  producing_on: string | null;
  stage: string;
  stage_changed_on: string;
  expansion_of: number | null;
  filing_id: number | null;
  event_id: number | null;
  event_name: string | null;
  notes: string | null;
  push_department_unit_id: number | null;
  push_department_name: string | null;
  nurture_department_unit_id: number | null;
  nurture_department_name: string | null;
  gate_status: string;
  gate_reasons: string[];
  created_by: number | null;
  version: number;
  updated_at: string;
};

const SELECT = sql`
  select p.id, p.name, p.company_id, c.name as company_name, c.uscc as company_uscc,
    p.host_unit_id, h.name as host_unit_name,
    coalesce((select json_agg(json_build_object('id', su.id, 'name', su.name) order by su.id)
      from project_sources s join units su on su.id = s.unit_id where s.project_id = p.id), '[]'::json) as source_units,
    p.chain, p.chain_id, p.segment_id, p.fits_positioning, p.fits_reason,
    (p.chain_id is not null and not exists (select 1 from unit_chains uc where uc.unit_id = p.host_unit_id and uc.chain_id = p.chain_id)) as outside_recommendation,
    p.agreed_yuan::text as agreed_yuan, p.invested_yuan::text as invested_yuan,
    p.foreign_usd_wan::text as foreign_usd_wan, p.investor_type, p.expected_jobs, p.expected_tax_wan::text as expected_tax_wan,
    p.status, p.status_reason,
    p.signed_on::text as signed_on, p.contracted_on::text as contracted_on, p.registered_on::text as registered_on, p.registered_uscc,
    p.ready_on::text as ready_on, p.started_on::text as started_on, p.completed_on::text as completed_on, p.producing_on::text as producing_on,
    p.stage, p.stage_changed_on::text as stage_changed_on, p.expansion_of, p.filing_id,
    p.event_id, (select ev.name from events ev where ev.id = p.event_id) as event_name, p.notes,
    p.push_department_unit_id, (select du.name from units du where du.id = p.push_department_unit_id) as push_department_name,
    p.nurture_department_unit_id, (select du.name from units du where du.id = p.nurture_department_unit_id) as nurture_department_name,
    p.gate_status, p.gate_reasons, p.created_by, p.version, p.updated_at::text as updated_at
  from projects p
  join units h on h.id = p.host_unit_id
  left join companies c on c.id = p.company_id`;

/** Counting stops here: a list says "10,000+" rather than count a province for every page. */
export const COUNT_CAP = 10_000;

/** Up to this many matches (as the planner expects them, and as found), a unit's list finds its rows first, then sorts them (findProjects). */
const FIND_FIRST_MAX = 5_000;

export async function findProjectById(
  db: Tx,
  id: number,
  opts: { forUpdate?: boolean } = {},
): Promise<ProjectRow | undefined> {
  if (opts.forUpdate) await db.execute(sql`select 1 from projects where id = ${id} for update`);
  const [row] = await queryRows<ProjectRow>(db, sql`${SELECT} where p.id = ${id}`);
  return row;
}

export type ProjectFilter = {
  q?: string;
  stages?: string[];
  unitId?: number;
  chain?: string;
  /** The projects attributed to this event. */
  eventId?: number;
  chainId?: number;
  segmentId?: number;
  outsideRecommendation?: boolean;
  /** The projects of one investor company (the company page). */
  companyId?: number;
  amountMinYuan?: bigint;
  amountMaxYuan?: bigint;
  investorType?: string;
  signedFrom?: string;
  signedTo?: string;
  majorThresholdYuan?: bigint;
  statuses?: string[];
  stalled?: boolean;
  missingEvidence?: boolean;
  /** The projects frozen behind a bulletin's figure. */
  frozen?: FrozenFigure;
  /** The projects behind one assessment figure of a window (the engine's definitions, in SQL). */
  kpi?: KpiFigureFilter;
  /** Only the projects this unit may see; undefined = all (office, leaders). */
  scopeUnitId?: number;
};

export const PROJECT_SORTS = {
  signedOn: sql`p.signed_on`,
  agreed: sql`p.agreed_yuan`,
  name: sql`p.name`,
  updatedAt: sql`p.updated_at`,
  stageChangedOn: sql`p.stage_changed_on`,
} as const;
export type ProjectSort = keyof typeof PROJECT_SORTS;

/**
 * The filter as SQL. A unit's projects are asked of projects_unit_keys_gin when `byKeys` (to count
 * them, or to find a few thousand before sorting them), else by row conditions (to walk an index).
 */
function whereOf(f: ProjectFilter, opts: { byKeys?: boolean } = {}): SQL {
  const conds: SQL[] = [];
  if (f.q) {
    // A word without letters (Chinese, digits) has no case: like is the same match, without case folding.
    const op = sql.raw(f.q.toLowerCase() === f.q.toUpperCase() ? 'like' : 'ilike');
    conds.push(sql`p.name ${op} ${`%${f.q.replace(/[\\%_]/g, '\\$&')}%`}`);
  }
  // With a unit, the stages go with its condition (its index keys include them).
  const stages = f.stages?.length ? f.stages : undefined;
  if (stages && f.unitId === undefined && f.scopeUnitId === undefined)
    conds.push(sql`p.stage = any(${sql.param(stages)}::text[])`);
  if (f.unitId !== undefined) conds.push(creditedToUnitSql(f.unitId, { stages, byKeys: opts.byKeys }));
  if (f.chain) conds.push(sql`p.chain = ${f.chain}`);
  if (f.eventId !== undefined) conds.push(sql`p.event_id = ${f.eventId}`);
  if (f.chainId !== undefined) conds.push(sql`p.chain_id = ${f.chainId}`);
  if (f.segmentId !== undefined) conds.push(sql`p.segment_id = ${f.segmentId}`);
  if (f.outsideRecommendation)
    conds.push(
      sql`p.chain_id is not null and not exists (select 1 from unit_chains uc where uc.unit_id = p.host_unit_id and uc.chain_id = p.chain_id)`,
    );
  if (f.companyId) conds.push(sql`p.company_id = ${f.companyId}`);
  if (f.amountMinYuan !== undefined) conds.push(sql`p.agreed_yuan >= ${f.amountMinYuan.toString()}::bigint`);
  if (f.amountMaxYuan !== undefined) conds.push(sql`p.agreed_yuan <= ${f.amountMaxYuan.toString()}::bigint`);
  if (f.investorType) conds.push(sql`p.investor_type = ${f.investorType}`);
  if (f.signedFrom) conds.push(sql`p.signed_on >= ${f.signedFrom}::date`);
  if (f.signedTo) conds.push(sql`p.signed_on <= ${f.signedTo}::date`);
  if (f.majorThresholdYuan !== undefined) conds.push(sql`p.agreed_yuan >= ${f.majorThresholdYuan.toString()}::bigint`);
  if (f.statuses?.length) conds.push(sql`p.status = any(${sql.param(f.statuses)}::text[])`);
  if (f.stalled) conds.push(sql`p.status = 'stalled'`);
  if (f.missingEvidence) conds.push(missingEvidenceSql());
  if (f.frozen) conds.push(sql`p.id in (${frozenFigureSql(f.frozen)})`);
  if (f.kpi) conds.push(kpiFigureSql(f.kpi));
  if (f.scopeUnitId !== undefined) conds.push(visibleToUnitSql(f.scopeUnitId, { stages, byKeys: opts.byKeys }));
  return conds.length ? sql`where ${sql.join(conds, sql` and `)}` : NO_FILTER;
}

const NO_FILTER = sql``;

export async function findProjects(
  db: Tx,
  f: ProjectFilter,
  sort: { by: ProjectSort; desc: boolean },
  page: { limit: number; offset: number },
): Promise<{ items: ProjectRow[]; total: number; totalCapped: boolean }> {
  const byUnit = f.unitId !== undefined || f.scopeUnitId !== undefined;
  const where = whereOf(f);
  // Exactly the indexes' order (or its reverse), so a page is read from an index, not sorted.
  const dir = sql.raw(sort.desc ? 'desc nulls last' : 'asc nulls first');
  const order = sql`${PROJECT_SORTS[sort.by]} ${dir}, p.id ${dir}`;
  // Page the ids first on the bare table, then dress the page: the joins run for 20 rows, not for all.
  const findPage = (from: SQL) =>
    queryRows<ProjectRow>(
      db,
      sql`with page as (select p.id from ${from} order by ${order} limit ${page.limit} offset ${page.offset})
          ${SELECT} join page on page.id = p.id order by ${order}`,
    );
  const counting = async (w: SQL) =>
    (
      await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from (select 1 from projects p ${w} limit ${COUNT_CAP + 1}) q`,
      )
    )[0]!.n;
  if (byUnit) {
    // A unit's projects. When the planner expects a few thousand, they are found by their index keys,
    // counted and sorted in one query; when many (or when that finds more after all), the list's index
    // is walked, which meets 20 of them soon. Either way a page reads a few thousand rows at most,
    // whatever else the filter holds (a stage the planner thinks unrelated to the signing date, a word).
    const byKeys = whereOf(f, { byKeys: true });
    if ((await estimateRows(db, sql`select 1 from projects p ${byKeys}`)) <= FIND_FIRST_MAX) {
      const [found] = await queryRows<{ n: number; ids: number[] }>(
        db,
        sql`with matches as materialized (select p.* from projects p ${byKeys} limit ${FIND_FIRST_MAX + 1})
            select (select count(*) from matches)::int as n, array(select p.id from matches p order by ${order} limit ${page.limit} offset ${page.offset}) as ids`,
      );
      if (found!.n <= FIND_FIRST_MAX) {
        const items = found!.ids.length
          ? await queryRows<ProjectRow>(
              db,
              sql`${SELECT} where p.id = any(${sql.param(found!.ids)}::int[]) order by ${order}`,
            )
          : [];
        return { items, total: found!.n, totalCapped: false };
      }
    }
    const [items, count] = await Promise.all([findPage(sql`projects p ${where}`), counting(byKeys)]);
    return { items, total: Math.min(count, COUNT_CAP), totalCapped: count > COUNT_CAP };
  }
  // The whole city's list: when the table's statistics put it at twice the cap or more, it is
  // "more than 10,000" without counting (the city's projects are never deleted).
  const count = where === NO_FILTER && (await estimatedProjects(db)) >= 2 * COUNT_CAP ? COUNT_CAP + 1 : undefined;
  const [items, counted] = await Promise.all([findPage(sql`projects p ${where}`), count ?? counting(where)]);
  const capped = counted > COUNT_CAP;
  return { items, total: capped ? COUNT_CAP : counted, totalCapped: capped };
}

/** How many projects the table's statistics say there are (-1 before the first ANALYZE). */
async function estimatedProjects(db: Tx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select reltuples::float8 as n from pg_class where oid = 'projects'::regclass`,
  );
  return row!.n;
}

/** The planner's estimate of how many rows a query gives (EXPLAIN, no execution). */
async function estimateRows(db: Tx, query: SQL): Promise<number> {
  const [row] = await queryRows<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    db,
    sql`explain (format json) ${query}`,
  );
  return row!['QUERY PLAN'][0].Plan['Plan Rows'];
}

/** Every project matching the filter, for exports (no paging). */
export async function findAllProjects(db: Tx, f: ProjectFilter, limit: number): Promise<ProjectRow[]> {
  return queryRows<ProjectRow>(db, sql`${SELECT} ${whereOf(f)} order by p.signed_on nulls last, p.id limit ${limit}`);
}

export type ProjectValues = {
  name: string;
  companyId: number | null;
  hostUnitId: number;
  chain: string | null;
  chainId: number | null;
  segmentId: number | null;
  fitsPositioning: boolean;
  fitsReason: string | null;
  agreedYuan: bigint;
  investedYuan: bigint;
  foreignUsdWan: string | null;
  investorType: string | null;
  expectedJobs: number | null;
  expectedTaxWan: string | null;
  status: string;
  statusReason: string | null;
  signedOn: string | null;
  contractedOn: string | null;
  registeredOn: string | null;
  registeredUscc: string | null;
  readyOn: string | null;
  startedOn: string | null;
  completedOn: string | null;
  producingOn: string | null;
  expansionOf: number | null;
  filingId: number | null;
  notes: string | null;
  /** After signing: who pushes it to start (推进部门) and nurtures it in production (培育部门); absent keeps null. */
  pushDepartmentUnitId?: number | null;
  nurtureDepartmentUnitId?: number | null;
};

const COLUMNS: [keyof ProjectValues, string, string][] = [
  ['name', 'name', 'text'],
  ['companyId', 'company_id', 'int'],
  ['hostUnitId', 'host_unit_id', 'int'],
  ['chain', 'chain', 'text'],
  ['chainId', 'chain_id', 'int'],
  ['segmentId', 'segment_id', 'int'],
  ['fitsPositioning', 'fits_positioning', 'boolean'],
  ['fitsReason', 'fits_reason', 'text'],
  ['agreedYuan', 'agreed_yuan', 'bigint'],
  ['investedYuan', 'invested_yuan', 'bigint'],
  ['foreignUsdWan', 'foreign_usd_wan', 'numeric'],
  ['investorType', 'investor_type', 'text'],
  ['expectedJobs', 'expected_jobs', 'int'],
  ['expectedTaxWan', 'expected_tax_wan', 'numeric'],
  ['status', 'status', 'text'],
  ['statusReason', 'status_reason', 'text'],
  ['signedOn', 'signed_on', 'date'],
  ['contractedOn', 'contracted_on', 'date'],
  ['registeredOn', 'registered_on', 'date'],
  ['registeredUscc', 'registered_uscc', 'text'],
  ['readyOn', 'ready_on', 'date'],
  ['startedOn', 'started_on', 'date'],
  ['completedOn', 'completed_on', 'date'],
  ['producingOn', 'producing_on', 'date'],
  ['expansionOf', 'expansion_of', 'int'],
  ['filingId', 'filing_id', 'int'],
  ['notes', 'notes', 'text'],
  ['pushDepartmentUnitId', 'push_department_unit_id', 'int'],
  ['nurtureDepartmentUnitId', 'nurture_department_unit_id', 'int'],
];

const param = (v: unknown, type: string) =>
  sql`${v === null || v === undefined ? null : typeof v === 'bigint' ? v.toString() : v}::${sql.raw(type)}`;

export async function insertProject(db: Tx, v: ProjectValues, createdBy: number | null): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into projects (${sql.raw(COLUMNS.map((c) => c[1]).join(', '))}, created_by)
        values (${sql.join(
          COLUMNS.map(([k, , t]) => param(v[k], t)),
          sql`, `,
        )}, ${createdBy}::int) returning id`,
  );
  return row!.id;
}

/**
 * Saves a project if it is still at the version the editor read; false when someone saved first.
 * (`stage_changed_on` follows the stage dates by a trigger: the latest stage date.)
 */
export async function updateProject(db: Tx, id: number, version: number, v: ProjectValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update projects set ${sql.join(
      COLUMNS.map(([k, col, t]) => sql`${sql.raw(col)} = ${param(v[k], t)}`),
      sql`, `,
    )}, version = version + 1, updated_at = now()
    where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

export async function replaceSources(db: Tx, projectId: number, unitIds: number[]): Promise<void> {
  await db.execute(sql`delete from project_sources where project_id = ${projectId}`);
  if (unitIds.length) {
    await db.execute(
      sql`insert into project_sources (project_id, unit_id) select ${projectId}, u from unnest(${sql.param(unitIds)}::int[]) as u`,
    );
  }
}

export type HistoryEntry = {
  kind: string;
  changes: unknown;
  reason?: string | null;
  correctionOfBulletinId?: number | null;
};

export async function insertHistory(
  db: Tx,
  projectId: number,
  e: HistoryEntry,
  user: { id: number | null; name: string },
): Promise<void> {
  await db.execute(sql`insert into project_history (project_id, kind, changes, reason, correction_of_bulletin_id, user_id, user_name)
    values (${projectId}, ${e.kind}, ${JSON.stringify(e.changes)}::jsonb, ${e.reason ?? null}, ${e.correctionOfBulletinId ?? null}::int, ${user.id}::int, ${user.name})`);
}

export async function findHistory(db: Tx, projectId: number) {
  return queryRows<{
    id: number;
    kind: string;
    changes: unknown;
    reason: string | null;
    correction_of_bulletin_id: number | null;
    user_name: string | null;
    at: string;
  }>(
    db,
    sql`select id, kind, changes, reason, correction_of_bulletin_id, user_name, at::text as at from project_history where project_id = ${projectId} order by id desc limit 200`,
  );
}

/** The published bulletins whose period contains one of the dates: a change there is a correction. */
export async function findPublishedBulletinsCovering(
  db: Tx,
  dates: string[],
): Promise<{ id: number; year: number; issue_number: number }[]> {
  if (!dates.length) return [];
  return queryRows(
    db,
    sql`select id, year, issue_number from bulletins where status = 'published'
        and exists (select 1 from unnest(${sql.param(dates)}::date[]) d where d between period_from::date and period_to::date) order by id`,
  );
}

export async function findMajorThreshold(db: Tx): Promise<bigint> {
  const [row] = await queryRows<{ t: string }>(
    db,
    sql`select major_threshold_yuan::text as t from project_settings where id = 1`,
  );
  return BigInt(row?.t ?? '1000000000');
}

export type EvidenceRow = {
  id: number;
  stage: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by_name: string | null;
};

export async function findEvidence(db: Tx, projectId: number): Promise<EvidenceRow[]> {
  return queryRows<EvidenceRow>(
    db,
    sql`select e.id, e.stage, e.file_name, e.content_type, e.size_bytes, e.sha256, e.uploaded_at::text as uploaded_at, u.display_name as uploaded_by_name
        from project_evidence e left join users u on u.id = e.uploaded_by
        where e.project_id = ${projectId} and e.removed_at is null order by e.stage, e.id`,
  );
}

export async function insertEvidence(
  db: Tx,
  e: {
    projectId: number;
    stage: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    uploadedBy: number | null;
  },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into project_evidence (project_id, stage, file_name, content_type, size_bytes, sha256, uploaded_by)
        values (${e.projectId}, ${e.stage}, ${e.fileName}, ${e.contentType}, ${e.sizeBytes}, ${e.sha256}, ${e.uploadedBy}::int) returning id`,
  );
  return row!.id;
}

export async function findEvidenceById(db: Tx, id: number) {
  const [row] = await queryRows<{
    id: number;
    project_id: number;
    stage: string;
    file_name: string;
    content_type: string;
    sha256: string;
    removed_at: string | null;
  }>(
    db,
    sql`select id, project_id, stage, file_name, content_type, sha256, removed_at::text as removed_at from project_evidence where id = ${id}`,
  );
  return row;
}

export async function markEvidenceRemoved(db: Tx, id: number): Promise<void> {
  await db.execute(sql`update project_evidence set removed_at = now() where id = ${id} and removed_at is null`);
}

/** Sets a project's status and its reason (a review's answer), as a new version. */
export async function setProjectStatus(db: Tx, id: number, status: string, reason: string | null): Promise<void> {
  await db.execute(
    sql`update projects set status = ${status}, status_reason = ${reason}, version = version + 1, updated_at = now() where id = ${id}`,
  );
}
