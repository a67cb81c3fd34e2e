import { CHAIN_STREAM_LABELS, type ChainStream, type Lang, msg, translate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { matchTextChains } from './chain-picks.repository.ts';
import { chainsPolicy } from './chains.policy.ts';
import {
  findMapRows,
  upsertChainByName,
  upsertGroupByName,
  upsertSegmentByName,
} from './chains-transfer.repository.ts';

type Field = 'group' | 'chain' | 'segment' | 'stream' | 'expert' | 'thinkTanks' | 'unit';

/** The chain map's columns, exactly as the contract names them (the export writes the same). */
export const CHAIN_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'group', zh: '产业链分组', aliases: ['group', 'chain group'], required: true },
  { key: 'chain', zh: '产业链', aliases: ['chain', 'industry chain'], required: true },
  { key: 'segment', zh: '环节', aliases: ['segment'] },
  { key: 'stream', zh: '上中下游', aliases: ['stream'] },
  { key: 'expert', zh: '首席专家', aliases: ['chief expert', 'expert'] },
  { key: 'thinkTanks', zh: '智库单位', aliases: ['think tanks', 'think tank'] },
  { key: 'unit', zh: '责任单位', aliases: ['responsible unit', 'unit'] },
];

/** A stream from its label in either language, or its code. */
export function streamOf(text: string): ChainStream | undefined {
  const t = text.trim().toLowerCase();
  for (const [code, l] of Object.entries(CHAIN_STREAM_LABELS) as [ChainStream, { zh: string; en: string }][])
    if (t === code || t === l.zh || t === l.en.toLowerCase() || t === l.zh.slice(0, 1)) return code;
  return undefined;
}

/** The kind of a group from its name: 主导 leading, 新兴 emerging, otherwise X. */
const groupKindOf = (name: string) =>
  /主导|leading/i.test(name) ? 'leading' : /新兴|emerging/i.test(name) ? 'emerging' : 'other';

/**
 * Imports the chain map: one row a segment (a row without segment gives the chain alone).
 * Groups, chains and segments are keyed by name, so a re-import updates and changes nothing
 * the second time. Every bad row is reported, then nothing is written.
 */
export async function importChains(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) chainsPolicy.assert(ctx.actor, 'chain.manage');
  const run = startImport(ctx, table, CHAIN_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const chainOf = new Map<string, { group: string; row: number }>();
  const rows = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const group = get('group');
    const chain = get('chain');
    const segment = get('segment');
    if (!group) fail('group', msg('chain.required', { column: run.label('group') }));
    if (!chain) fail('chain', msg('chain.required', { column: run.label('chain') }));
    const stream = get('stream') ? streamOf(get('stream')) : segment ? undefined : null;
    if (segment && !get('stream')) fail('stream', msg('chain.required', { column: run.label('stream') }));
    else if (stream === undefined) fail('stream', msg('chain.streamUnknown', { value: get('stream') }));
    const unitName = get('unit');
    const unitId = unitName ? units.get(unitName) : null;
    if (unitId === undefined) fail('unit', msg('import.unitNotFound', { name: unitName }));
    const seen = chainOf.get(chain);
    if (chain && seen && seen.group !== group)
      fail('group', msg('chain.groupConflict', { chain, group: seen.group, row: seen.row }));
    if (errors.length > before) return;
    if (!seen) chainOf.set(chain, { group, row });
    return {
      group,
      chain,
      segment: segment || null,
      stream: stream ?? null,
      expert: get('expert') || null,
      thinkTanks: get('thinkTanks')
        .split(/[、;；,，]/)
        .map((s) => s.trim())
        .filter(Boolean),
      unitId: unitId ?? null,
    };
  });
  if (errors.length) return run.report();
  // The writes are a few hundred upserts at most: one transaction, rolled back for a dry run.
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const rollback = new Error('dry run');
  try {
    await database.db.transaction(async (tx) => {
      const groups = new Map<string, number>();
      const chains = new Map<string, number>();
      let order = 0;
      for (const r of rows) {
        let groupId = groups.get(r.group);
        if (!groupId) {
          groupId = (await upsertGroupByName(tx, r.group, groupKindOf(r.group))).id;
          groups.set(r.group, groupId);
        }
        let chainId = chains.get(r.chain);
        let chainResult: { created: boolean; changed: boolean } | null = null;
        if (!chainId) {
          const c = await upsertChainByName(tx, {
            groupId,
            name: r.chain,
            chiefExpert: r.expert,
            thinkTanks: r.thinkTanks,
          });
          chainId = c.id;
          chains.set(r.chain, chainId);
          chainResult = c;
        }
        const result = r.segment
          ? await upsertSegmentByName(tx, {
              chainId,
              name: r.segment,
              stream: r.stream!,
              responsibleUnitId: r.unitId,
              sortOrder: order++,
            })
          : (chainResult ?? { created: false, changed: false });
        if (result.created) counts.created++;
        else if (result.changed || chainResult?.changed) counts.updated++;
        else counts.unchanged++;
      }
      const matched = await matchTextChains(tx);
      await recordAudit(tx, ctx, {
        action: 'chain.import',
        entityType: 'chain',
        after: { ...run.fileFacts(), rows: rows.length, ...counts, matched },
      });
      if (opts.dryRun) throw rollback;
    });
  } catch (e) {
    if (e !== rollback) throw e;
  }
  return run.report(counts);
}

const mapExport = (lang: Lang): ExportColumn<Awaited<ReturnType<typeof findMapRows>>[number]>[] => [
  { header: '产业链分组', width: 16, value: (r) => r.group_name },
  { header: '产业链', width: 20, value: (r) => r.chain_name },
  { header: '环节', width: 20, value: (r) => r.segment_name },
  {
    header: '上中下游',
    width: 10,
    value: (r) => (r.stream ? translate(lang, `label.chainStream.${r.stream as ChainStream}`) : null),
  },
  { header: '首席专家', width: 14, value: (r) => r.chief_expert },
  { header: '智库单位', width: 30, value: (r) => r.think_tanks.join('、') },
  { header: '责任单位', width: 20, value: (r) => r.unit_name },
];

/** The map as an xlsx with the import's columns (so an export re-imports unchanged). */
export async function exportChains(database: Database, ctx: RequestContext): Promise<Buffer> {
  if (ctx.actor) chainsPolicy.assert(ctx.actor, 'chain.read');
  const rows = await findMapRows(database.db);
  const file = await writeTable(translate(ctx.lang, 'export.chains.sheet'), mapExport('zh'), rows);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'chain.export', entityType: 'chain', after: { rows: rows.length } }),
  );
  return file;
}
