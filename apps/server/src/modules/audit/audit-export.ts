import { type Lang, msg, translate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { auditPolicy } from './audit.policy.ts';
import type { AuditFilter } from './audit.repository.ts';
import { findAuditRecords } from './audit.repository.ts';
import { recordAudit } from './audit.service.ts';

/** An export larger than this is refused: narrow the date range instead. */
export const AUDIT_EXPORT_LIMIT = 100_000;

type Row = Awaited<ReturnType<typeof findAuditRecords>>['items'][number];
const json = (v: unknown) => (v == null ? '' : JSON.stringify(v));

const columns = (lang: Lang): ExportColumn<Row>[] => [
  { header: '序号', width: 8, value: (r) => r.id },
  { header: '时间（北京时间）', width: 22, value: (r) => shanghaiTime(r.at) },
  { header: '用户', width: 14, value: (r) => r.username },
  { header: '单位', width: 24, value: (r) => r.unitName },
  { header: '操作', width: 22, value: (r) => r.action },
  { header: '对象类型', width: 10, value: (r) => r.entityType },
  { header: '对象编号', width: 10, value: (r) => r.entityId },
  {
    header: '结果',
    width: 8,
    value: (r) => translate(lang, r.outcome === 'success' ? 'export.audit.success' : 'export.audit.failure'),
  },
  { header: '客户端地址', width: 16, value: (r) => r.clientIp },
  { header: '修改前', width: 40, value: (r) => json(r.before) },
  { header: '修改后', width: 40, value: (r) => json(r.after) },
  { header: '哈希（SM3）', width: 66, value: (r) => r.hash },
];

function shanghaiTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}

/** The filtered trail as an xlsx workbook; the export itself is recorded in the trail. */
export async function exportAuditRecords(
  database: Database,
  ctx: RequestContext,
  filter: AuditFilter,
): Promise<Buffer> {
  auditPolicy.assert(requireActor(ctx), 'audit.export');
  const { items, total } = await findAuditRecords(database.db, filter, { limit: AUDIT_EXPORT_LIMIT, offset: 0 });
  if (total > AUDIT_EXPORT_LIMIT) {
    throw new AppError(
      'VALIDATION_FAILED',
      { total, limit: AUDIT_EXPORT_LIMIT },
      msg('audit.exportTooMany', { limit: AUDIT_EXPORT_LIMIT }),
    );
  }
  const file = await writeTable(translate(ctx.lang, 'export.audit.sheet'), columns(ctx.lang), items);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'audit.export', entityType: 'audit', after: { filter, rows: items.length } }),
  );
  return file;
}
