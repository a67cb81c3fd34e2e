import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { auditPolicy } from './audit.policy.ts';
import type { AuditFilter } from './audit.repository.ts';
import { findAuditRecords } from './audit.repository.ts';
import { recordAudit } from './audit.service.ts';

/** An export larger than this is refused: narrow the date range instead. */
export const AUDIT_EXPORT_LIMIT = 100_000;

const COLUMNS = [
  { header: '序号', key: 'id', width: 8 },
  { header: '时间（北京时间）', key: 'at', width: 22 },
  { header: '用户', key: 'username', width: 14 },
  { header: '单位', key: 'unitName', width: 24 },
  { header: '操作', key: 'action', width: 22 },
  { header: '对象类型', key: 'entityType', width: 10 },
  { header: '对象编号', key: 'entityId', width: 10 },
  { header: '结果', key: 'outcome', width: 8 },
  { header: '客户端地址', key: 'clientIp', width: 16 },
  { header: '修改前', key: 'before', width: 40 },
  { header: '修改后', key: 'after', width: 40 },
  { header: '哈希（SM3）', key: 'hash', width: 66 },
];

function shanghaiTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}

/** The filtered trail as an xlsx workbook; the export itself is recorded in the trail. */
export async function exportAuditRecords(database: Database, ctx: RequestContext, filter: AuditFilter): Promise<Buffer> {
  auditPolicy.assert(requireActor(ctx), 'audit.export');
  const { items, total } = await findAuditRecords(database.db, filter, { limit: AUDIT_EXPORT_LIMIT, offset: 0 });
  if (total > AUDIT_EXPORT_LIMIT) {
    throw new AppError('VALIDATION_FAILED', { total, limit: AUDIT_EXPORT_LIMIT }, `导出记录超过 ${AUDIT_EXPORT_LIMIT} 条，请缩小日期范围`);
  }
  // exceljs is large: load it on the first export, not at every start.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('审计日志');
  ws.columns = COLUMNS;
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of items) {
    ws.addRow({
      ...r,
      at: shanghaiTime(r.at),
      outcome: r.outcome === 'success' ? '成功' : '失败',
      before: r.before == null ? '' : JSON.stringify(r.before),
      after: r.after == null ? '' : JSON.stringify(r.after),
    });
  }
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'audit.export', entityType: 'audit', after: { filter, rows: items.length } }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
