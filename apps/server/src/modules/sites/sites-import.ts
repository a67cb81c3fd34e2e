import {
  eventValueOf,
  type Message,
  msg,
  SITE_KIND_LABELS,
  SITE_STATUS_LABELS,
  SITE_USE_LABELS,
  type SiteKind,
  type SiteStatus,
  type SiteUse,
} from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { canManageSite, sitesPolicy } from './sites.policy.ts';
import { findSiteIdsByKeys, type SiteValues, updateSite } from './sites.repository.ts';
import { insertSiteIn, siteValuesOf } from './sites.service.ts';

type Field =
  | 'kind'
  | 'name'
  | 'zone'
  | 'owner'
  | 'use'
  | 'areaMu'
  | 'floorAreaM2'
  | 'priceWanPerMu'
  | 'powerKva'
  | 'chain'
  | 'status'
  | 'notes';

/** The site import columns (the export writes the same ones, plus the confirmation). */
export const SITE_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'kind', zh: '载体类型', aliases: ['kind', 'type'], required: true },
  { key: 'name', zh: '载体名称', aliases: ['name'], required: true },
  { key: 'zone', zh: '所在园区', aliases: ['zone', 'park', '园区'] },
  { key: 'owner', zh: '权属单位', aliases: ['owner', 'owner unit'], required: true },
  { key: 'use', zh: '用途', aliases: ['use'], required: true },
  { key: 'areaMu', zh: '面积(亩)', aliases: ['面积（亩）', 'area', 'area mu'] },
  { key: 'floorAreaM2', zh: '建筑面积(平方米)', aliases: ['建筑面积（平方米）', 'floor area'] },
  { key: 'priceWanPerMu', zh: '价格(万元/亩)', aliases: ['价格（万元/亩）', 'price'] },
  { key: 'powerKva', zh: '供电容量(kVA)', aliases: ['供电容量（kVA）', 'power', 'power kva'] },
  { key: 'chain', zh: '主导产业', aliases: ['chain', 'industry'] },
  { key: 'status', zh: '状态', aliases: ['status'] },
  { key: 'notes', zh: '备注', aliases: ['notes'] },
];

const listOf = (labels: Record<string, { zh: string }>) =>
  Object.values(labels)
    .map((l) => l.zh)
    .join('、');

/**
 * Imports land and buildings keyed by owner unit, kind and name: a re-import updates them.
 * Every bad row is reported and then nothing is written. An import does not confirm a site.
 */
export async function importSites(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) sitesPolicy.assert(ctx.actor, 'site.manage');
  const run = startImport(ctx, table, SITE_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const seen = new Map<string, number>();
  const rows = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const name = get('name');
    if (!name) fail('name', msg('import.valueRequired'));
    const kind = eventValueOf(SITE_KIND_LABELS, get('kind'));
    if (!kind) fail('kind', msg('import.valueUnknown', { value: get('kind'), values: listOf(SITE_KIND_LABELS) }));
    const use = eventValueOf(SITE_USE_LABELS, get('use'));
    if (!use) fail('use', msg('import.valueUnknown', { value: get('use'), values: listOf(SITE_USE_LABELS) }));
    const status = get('status') ? eventValueOf(SITE_STATUS_LABELS, get('status')) : 'available';
    if (!status)
      fail('status', msg('import.valueUnknown', { value: get('status'), values: listOf(SITE_STATUS_LABELS) }));
    const ownerUnitId = units.get(get('owner'));
    if (!get('owner')) fail('owner', msg('import.valueRequired'));
    else if (!ownerUnitId) fail('owner', msg('import.unitNotFound', { name: get('owner') }));
    else if (ctx.actor && !canManageSite(ctx.actor, ownerUnitId)) fail('owner', msg('import.resourceOwnUnitOnly'));
    const issues: { path: string; message: Message }[] = [];
    const values: SiteValues = siteValuesOf(
      {
        kind: (kind ?? 'building') as SiteKind,
        name,
        zone: get('zone'),
        ownerUnitId: ownerUnitId ?? 0,
        use: (use ?? 'industrial') as SiteUse,
        areaMu: get('areaMu'),
        floorAreaM2: get('floorAreaM2'),
        priceWanPerMu: get('priceWanPerMu'),
        powerKva: get('powerKva'),
        chain: get('chain'),
        status: (status ?? 'available') as SiteStatus,
        notes: get('notes'),
      },
      issues,
    );
    for (const i of issues) fail(i.path as Field, i.message);
    if (errors.length > before) return;
    const key = `${ownerUnitId}|${kind}|${name}`;
    if (seen.has(key)) {
      fail('name', msg('import.sameNameRow', { row: seen.get(key)! }));
      return;
    }
    seen.set(key, row);
    return { row, key, values };
  });
  if (errors.length) return run.report();
  const existing = await findSiteIdsByKeys(
    database.db,
    rows.map((r) => r.values),
  );
  const counts = { created: rows.length - existing.size, updated: existing.size };
  if (opts.dryRun) return run.report(counts);
  return database.db.transaction(async (tx) => {
    for (const r of rows) {
      const id = existing.get(r.key);
      if (id) await updateSite(tx, id, null, r.values);
      else await insertSiteIn(tx, ctx, r.values);
    }
    await recordAudit(tx, ctx, {
      action: 'site.import',
      entityType: 'site',
      after: { ...run.fileFacts(), rows: rows.length, ...counts },
    });
    return run.report(counts);
  });
}
