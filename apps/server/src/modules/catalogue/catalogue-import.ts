import { CATALOGUE_STATUS_LABELS, type CatalogueStatus, eventValueOf, type Message, msg } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { canManageEntry, cataloguePolicy } from './catalogue.policy.ts';
import { type EntryValues, findEntriesByNames, updateEntryFromImport } from './catalogue.repository.ts';
import { insertEntryIn, quantityOf, wanOf } from './catalogue.service.ts';

type Field =
  | 'nameZh'
  | 'nameEn'
  | 'descriptionZh'
  | 'descriptionEn'
  | 'chain'
  | 'investmentWan'
  | 'landMu'
  | 'host'
  | 'contact'
  | 'status';

/** The catalogue import columns (the export writes the same ones, with English beside). */
export const CATALOGUE_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'nameZh', zh: '项目名称', aliases: ['name', 'name zh'], required: true },
  { key: 'nameEn', zh: '英文名称', aliases: ['project', 'name en', 'english name'] },
  { key: 'descriptionZh', zh: '项目简介', aliases: ['description zh'] },
  { key: 'descriptionEn', zh: '英文简介', aliases: ['description', 'description en'] },
  { key: 'chain', zh: '产业链', aliases: ['chain', 'industry chain'] },
  { key: 'investmentWan', zh: '总投资(万元)', aliases: ['总投资（万元）', '总投资', 'investment'] },
  { key: 'landMu', zh: '用地(亩)', aliases: ['用地（亩）', '用地', 'land'] },
  { key: 'host', zh: '承载单位', aliases: ['host', 'host unit'], required: true },
  { key: 'contact', zh: '联系方式', aliases: ['contact'] },
  { key: 'status', zh: '状态', aliases: ['status'] },
];

const OFFERABLE = { offered: CATALOGUE_STATUS_LABELS.offered, in_talks: CATALOGUE_STATUS_LABELS.in_talks };

/**
 * Imports catalogue entries keyed by Chinese name: a re-import updates them (a signed entry is
 * refused). Every bad row is reported and then nothing is written.
 */
export async function importCatalogue(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) cataloguePolicy.assert(ctx.actor, 'catalogue.manage');
  const run = startImport(ctx, table, CATALOGUE_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const seen = new Map<string, number>();
  const rows = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const nameZh = get('nameZh');
    if (!nameZh) fail('nameZh', msg('import.valueRequired'));
    const issues: { path: string; message: Message }[] = [];
    const investmentWan = wanOf(get('investmentWan'), 'investmentWan', issues);
    const landMu = quantityOf(get('landMu'), 'landMu', issues);
    for (const i of issues) fail(i.path as Field, i.message);
    const hostUnitId = units.get(get('host'));
    if (!get('host')) fail('host', msg('import.valueRequired'));
    else if (!hostUnitId) fail('host', msg('import.unitNotFound', { name: get('host') }));
    else if (ctx.actor && !canManageEntry(ctx.actor, hostUnitId)) fail('host', msg('import.resourceOwnUnitOnly'));
    const status = get('status') ? eventValueOf(OFFERABLE, get('status')) : 'offered';
    if (!status)
      fail(
        'status',
        msg('import.valueUnknown', {
          value: get('status'),
          values: Object.values(OFFERABLE)
            .map((l) => l.zh)
            .join('、'),
        }),
      );
    if (errors.length > before) return;
    if (seen.has(nameZh)) {
      fail('nameZh', msg('import.sameNameRow', { row: seen.get(nameZh)! }));
      return;
    }
    seen.set(nameZh, row);
    const values: EntryValues = {
      nameZh,
      nameEn: get('nameEn') || null,
      descriptionZh: get('descriptionZh') || null,
      descriptionEn: get('descriptionEn') || null,
      chain: get('chain') || null,
      // The trigger attaches the map's chain of that name.
      chainId: null,
      segmentId: null,
      investmentWan,
      landMu,
      hostUnitId: hostUnitId!,
      contact: get('contact') || null,
      status: status as CatalogueStatus,
      sourceEventId: null,
      leadId: null,
    };
    return { row, values };
  });
  if (errors.length) return run.report();
  const existing = await findEntriesByNames(
    database.db,
    rows.map((r) => r.values.nameZh),
  );
  for (const r of rows) {
    const e = existing.get(r.values.nameZh);
    if (e?.status === 'signed')
      errors.push({
        row: r.row,
        column: run.label('nameZh'),
        reason: msg('import.catalogueSigned', { name: r.values.nameZh }),
      });
    else if (e && ctx.actor && !canManageEntry(ctx.actor, e.hostUnitId))
      errors.push({ row: r.row, column: run.label('host'), reason: msg('import.resourceOwnUnitOnly') });
  }
  if (errors.length) return run.report();
  const counts = { created: rows.length - existing.size, updated: existing.size };
  if (opts.dryRun) return run.report(counts);
  return database.db.transaction(async (tx) => {
    for (const r of rows) {
      const e = existing.get(r.values.nameZh);
      if (e) await updateEntryFromImport(tx, e.id, r.values);
      else await insertEntryIn(tx, ctx, r.values, ctx.actor?.userId ?? null);
    }
    await recordAudit(tx, ctx, {
      action: 'catalogue.import',
      entityType: 'catalogue_entry',
      after: { ...run.fileFacts(), rows: rows.length, ...counts },
    });
    return run.report(counts);
  });
}
