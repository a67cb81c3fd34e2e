import { checkUscc, msg, normaliseUscc, TARGET_TAGS, translate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { chainsPolicy } from './chains.policy.ts';
import { findChains } from './chains.repository.ts';
import { findSegmentNames, findTargetExportRows, upsertTargetByName } from './chains-transfer.repository.ts';

type Field = 'chain' | 'segment' | 'name' | 'uscc' | 'tags' | 'unit' | 'notes';

/** The target enterprises' columns (the export writes the same, so an export re-imports unchanged). */
export const TARGET_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'chain', zh: '产业链', aliases: ['chain', 'industry chain'], required: true },
  { key: 'segment', zh: '环节', aliases: ['segment'], required: true },
  { key: 'name', zh: '企业名称', aliases: ['name', 'company', 'target'], required: true },
  { key: 'uscc', zh: '统一社会信用代码', aliases: ['uscc', 'credit code'] },
  { key: 'tags', zh: '标签', aliases: ['tags'] },
  { key: 'unit', zh: '责任单位', aliases: ['responsible unit', 'unit'] },
  { key: 'notes', zh: '备注', aliases: ['notes'] },
];

const splitList = (text: string) =>
  text
    .split(/[、;；,，]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Imports target enterprises, one row a target under its chain and segment (both must be on
 * the map already). A target is keyed by segment and name, so a re-import updates and the same
 * file twice changes nothing. 责任单位 is the segment's, kept on the map: a row may repeat it
 * (the export does) but not name another. Every bad row is reported, then nothing is written.
 */
export async function importTargets(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) chainsPolicy.assert(ctx.actor, 'chain.manage');
  const run = startImport(ctx, table, TARGET_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const chains = new Set((await findChains(database.db)).map((c) => c.name));
  const segments = await findSegmentNames(database.db);
  const units = new Set((await findActiveUnitNames(database.db)).map((u) => u.name));
  const seen = new Map<number, Map<string, number>>();
  const rows = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const chain = get('chain');
    const segmentName = get('segment');
    const name = get('name');
    if (!chain) fail('chain', msg('chain.required', { column: run.label('chain') }));
    else if (!chains.has(chain)) fail('chain', msg('chain.chainUnknown', { value: chain }));
    if (!segmentName) fail('segment', msg('chain.required', { column: run.label('segment') }));
    if (!name) fail('name', msg('chain.required', { column: run.label('name') }));
    const segment = segments.find((s) => s.chain_name === chain && s.name === segmentName);
    if (chain && chains.has(chain) && segmentName && !segment) {
      const others = [...new Set(segments.filter((s) => s.name === segmentName).map((s) => s.chain_name))];
      fail(
        'segment',
        others.length
          ? msg('chain.segmentWrongChain', { value: segmentName, chain, others: others.join('、') })
          : msg('chain.segmentUnknown', { value: segmentName, chain }),
      );
    }
    const tags = [...new Set(splitList(get('tags')))];
    for (const t of tags)
      if (!(TARGET_TAGS as readonly string[]).includes(t)) fail('tags', msg('chain.tagUnknown', { value: t }));
    const rawUscc = get('uscc');
    const usccProblem = rawUscc ? checkUscc(rawUscc) : null;
    if (usccProblem) fail('uscc', msg(`label.usccProblem.${usccProblem}`));
    const unit = get('unit');
    if (unit && !units.has(unit)) fail('unit', msg('import.unitNotFound', { name: unit }));
    else if (unit && segment && segment.unit_name !== unit)
      fail(
        'unit',
        segment.unit_name
          ? msg('chain.targetUnitMismatch', { segment: segment.name, unit: segment.unit_name, value: unit })
          : msg('chain.targetUnitNone', { segment: segment.name, value: unit }),
      );
    if (segment && name) {
      const names = seen.get(segment.id) ?? new Map<string, number>();
      const first = names.get(name);
      if (first) fail('name', msg('chain.targetTwice', { name, row: first }));
      else names.set(name, row);
      seen.set(segment.id, names);
    }
    if (errors.length > before || !segment) return;
    return {
      segmentId: segment.id,
      name,
      uscc: rawUscc ? normaliseUscc(rawUscc) : null,
      // In the order of TARGET_TAGS, so a file listing them otherwise changes nothing.
      tags: TARGET_TAGS.filter((t) => tags.includes(t)) as string[],
      notes: get('notes') || null,
    };
  });
  if (errors.length) return run.report();
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const rollback = new Error('dry run');
  try {
    await database.db.transaction(async (tx) => {
      for (const r of rows) {
        const result = await upsertTargetByName(tx, r);
        if (result.created) counts.created++;
        else if (result.changed) counts.updated++;
        else counts.unchanged++;
      }
      await recordAudit(tx, ctx, {
        action: 'chainTarget.import',
        entityType: 'chainTarget',
        after: { ...run.fileFacts(), rows: rows.length, ...counts },
      });
      if (opts.dryRun) throw rollback;
    });
  } catch (e) {
    if (e !== rollback) throw e;
  }
  return run.report(counts);
}

type ExportRow = Awaited<ReturnType<typeof findTargetExportRows>>[number];

const TARGET_EXPORT: ExportColumn<ExportRow>[] = [
  { header: '产业链', width: 18, value: (r) => r.chain_name },
  { header: '环节', width: 18, value: (r) => r.segment_name },
  { header: '企业名称', width: 34, value: (r) => r.name },
  { header: '统一社会信用代码', width: 22, value: (r) => r.uscc },
  { header: '标签', width: 26, value: (r) => r.tags.join('、') },
  { header: '责任单位', width: 20, value: (r) => r.unit_name },
  { header: '备注', width: 30, value: (r) => r.notes },
];

/** Every target enterprise as an xlsx with the import's columns. Audited. */
export async function exportTargets(database: Database, ctx: RequestContext): Promise<Buffer> {
  if (ctx.actor) chainsPolicy.assert(ctx.actor, 'chain.read');
  const rows = await findTargetExportRows(database.db);
  const file = await writeTable(translate(ctx.lang, 'export.targets.sheet'), TARGET_EXPORT, rows);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'chainTarget.export', entityType: 'chainTarget', after: { rows: rows.length } }),
  );
  return file;
}
