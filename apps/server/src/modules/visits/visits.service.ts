import { type Lang, mayOn, msg, shanghaiDate, translate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUnitById } from '../org/units.repository.ts';
import { visitsPolicy } from './visits.policy.ts';
import { deleteVisit, findVisit, findVisits, insertVisit, type VisitRow } from './visits.repository.ts';

export type VisitFilter = { unitId?: number; from?: string; to?: string };

const present = (r: VisitRow) => ({
  id: r.id,
  unit: { id: r.unit_id, name: r.unit_name },
  visitedOn: r.visited_on,
  party: r.party,
  place: r.place,
  notes: r.notes,
  createdBy: r.created_by_name,
});
type PresentedVisit = ReturnType<typeof present>;

/** Whose visits a reader sees: the office and leaders any unit's (or all), a unit its own. */
function scopeOf(ctx: RequestContext, f: VisitFilter): VisitFilter {
  const actor = requireActor(ctx);
  visitsPolicy.assert(actor, 'visit.read');
  if (actor.role === 'office' || actor.role === 'leader') return f;
  return { ...f, unitId: actor.unitId ?? -1 };
}

export async function listVisits(
  database: Database,
  ctx: RequestContext,
  f: VisitFilter,
  page: number,
  pageSize: number,
) {
  const { rows, total } = await findVisits(database.db, {
    ...scopeOf(ctx, f),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map(present), total };
}

const invalid = (path: string, message: ReturnType<typeof msg>) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

/** Logs a visit for the writer's own unit (the office names the unit); no date in the future. */
export async function createVisit(
  database: Database,
  ctx: RequestContext,
  body: { unitId?: number; visitedOn: string; party: string; place: string; notes?: string | null },
) {
  const actor = requireActor(ctx);
  const unitId = body.unitId ?? actor.unitId;
  if (!unitId) throw invalid('unitId', msg('visit.unitRequired'));
  if (!mayOn(actor, 'visit.manage', { unitId })) throw new AppError('FORBIDDEN', { unitId });
  if (body.visitedOn > shanghaiDate()) throw invalid('visitedOn', msg('visit.future'));
  return database.db.transaction(async (tx) => {
    if (!(await findUnitById(tx, unitId))) throw new AppError('INVALID_REFERENCE', { unitId });
    const id = await insertVisit(tx, {
      unitId,
      visitedOn: body.visitedOn,
      party: body.party,
      place: body.place,
      notes: body.notes ?? null,
      userId: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'visit.create',
      entityType: 'visit',
      entityId: id,
      after: { ...body, unitId },
    });
    return { id };
  });
}

export async function removeVisit(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  visitsPolicy.assert(actor, 'visit.manage');
  await database.db.transaction(async (tx) => {
    const v = await findVisit(tx, id);
    // A unit reads only its own visits: another unit's answers as one that does not exist.
    if (!v || !mayOn(actor, 'visit.manage', { unitId: v.unit_id })) throw new AppError('NOT_FOUND');
    await deleteVisit(tx, id);
    await recordAudit(tx, ctx, { action: 'visit.delete', entityType: 'visit', entityId: id, before: v });
  });
}

const visitExport = (_lang: Lang): ExportColumn<PresentedVisit>[] => [
  { header: '走访日期', width: 12, value: (v) => v.visitedOn },
  { header: '单位', width: 20, value: (v) => v.unit.name },
  { header: '走访对象', width: 30, value: (v) => v.party },
  { header: '地点', width: 20, value: (v) => v.place },
  { header: '备注', width: 40, value: (v) => v.notes },
  { header: '记录人', width: 12, value: (v) => v.createdBy },
];

/** The visit logs the reader may see as xlsx; audited. */
export async function exportVisits(database: Database, ctx: RequestContext, f: VisitFilter): Promise<Buffer> {
  const { items } = await listVisits(database, ctx, f, 1, 100_000);
  const file = await writeTable(translate(ctx.lang, 'export.visits.sheet'), visitExport(ctx.lang), items);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'visit.export', entityType: 'visit', after: { filter: f, rows: items.length } }),
  );
  return file;
}
