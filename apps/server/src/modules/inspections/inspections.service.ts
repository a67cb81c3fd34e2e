import { type Lang, type Message, mayOn, msg, shanghaiDate, translate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertForUnits } from '../notifications/notifications.repository.ts';
import { findUnitById } from '../org/units.repository.ts';
import { projectsPolicy } from '../projects/projects.policy.ts';
import { inspectionsPolicy } from './inspections.policy.ts';
import {
  findInspection,
  findInspections,
  type InspectionRow,
  type InspectionState,
  insertInspection,
  setClosed,
  setRectification,
} from './inspections.repository.ts';

const invalid = (path: string, message: Message) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

export type InspectionFilter = { unitId?: number; state?: InspectionState };

/** The office records what it checked at a unit and by when the unit must put it right; the unit hears of it. */
export async function recordInspection(
  database: Database,
  ctx: RequestContext,
  input: { unitId: number; subject: string; checkedOn: string; findings: string; dueOn: string },
) {
  const actor = requireActor(ctx);
  inspectionsPolicy.assert(actor, 'inspection.record');
  const today = shanghaiDate();
  if (input.checkedOn > today) throw invalid('checkedOn', msg('inspection.checkedInFuture'));
  if (input.dueOn < input.checkedOn) throw invalid('dueOn', msg('inspection.dueBeforeChecked'));
  if (!(await findUnitById(database.db, input.unitId))) throw invalid('unitId', msg('inspection.unitMissing'));
  return database.db.transaction(async (tx) => {
    const id = await insertInspection(tx, { ...input, createdBy: actor.userId });
    await insertForUnits(tx, [input.unitId], {
      kind: 'inspection.recorded',
      message: msg('notification.inspectionRecorded', { subject: input.subject, date: input.dueOn }),
      entityType: 'inspection',
      entityId: String(id),
    });
    await recordAudit(tx, ctx, { action: 'inspection.record', entityType: 'inspection', entityId: id, after: input });
    return { id };
  });
}

function present(r: InspectionRow) {
  return {
    id: r.id,
    unit: { id: r.unit_id, name: r.unit_name },
    subject: r.subject,
    checkedOn: r.checked_on,
    findings: r.findings,
    dueOn: r.due_on,
    state: r.state,
    rectification: r.rectification,
    rectifiedBy: r.rectified_by_name,
    rectifiedAt: r.rectified_at,
    closedBy: r.closed_by_name,
    closedAt: r.closed_at,
    recordedBy: r.created_by_name,
  };
}

/** The office and leaders see every unit's inspections; a unit its own. */
async function visibleInspections(database: Database, ctx: RequestContext, f: InspectionFilter) {
  const actor = requireActor(ctx);
  inspectionsPolicy.assert(actor, 'inspection.read');
  const unitId = projectsPolicy.allows(actor, 'project.listAll') ? f.unitId : actor.unitId;
  return findInspections(database.db, shanghaiDate(), { ...f, unitId });
}

export async function listInspections(database: Database, ctx: RequestContext, f: InspectionFilter) {
  return { items: (await visibleInspections(database, ctx, f)).map(present) };
}

const columns = (lang: Lang): ExportColumn<InspectionRow>[] => [
  { header: translate(lang, 'export.inspection.unit'), width: 20, value: (r) => r.unit_name },
  { header: translate(lang, 'export.inspection.subject'), width: 30, value: (r) => r.subject },
  { header: translate(lang, 'export.inspection.checkedOn'), width: 12, value: (r) => r.checked_on },
  { header: translate(lang, 'export.inspection.findings'), width: 40, value: (r) => r.findings },
  { header: translate(lang, 'export.inspection.dueOn'), width: 12, value: (r) => r.due_on },
  {
    header: translate(lang, 'export.inspection.state'),
    width: 14,
    value: (r) => translate(lang, `export.inspection.state.${r.state}`),
  },
  { header: translate(lang, 'export.inspection.rectification'), width: 40, value: (r) => r.rectification },
  {
    header: translate(lang, 'export.inspection.closedAt'),
    width: 20,
    value: (r) => r.closed_at?.slice(0, 19).replace('T', ' ') ?? null,
  },
];

/** The filtered list as an xlsx workbook, worded in the reader's language. */
export async function exportInspections(database: Database, ctx: RequestContext, f: InspectionFilter) {
  const rows = await visibleInspections(database, ctx, f);
  return writeTable(translate(ctx.lang, 'export.inspection.sheet'), columns(ctx.lang), rows);
}

/** The unit reports how it put the findings right; it may correct its report until the office closes the item. */
export async function rectifyInspection(database: Database, ctx: RequestContext, id: number, rectification: string) {
  const actor = requireActor(ctx);
  inspectionsPolicy.assert(actor, 'inspection.rectify');
  await database.db.transaction(async (tx) => {
    const row = await findInspection(tx, id, shanghaiDate(), true);
    // Another unit's item answers as one that does not exist: its existence is not theirs to learn.
    if (!row || !mayOn(actor, 'inspection.rectify', { unitId: row.unit_id })) throw new AppError('NOT_FOUND');
    if (row.status === 'closed')
      throw new AppError('CONFLICT_VERSION', { status: row.status }, msg('inspection.closed'));
    await setRectification(tx, id, rectification, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'inspection.rectify',
      entityType: 'inspection',
      entityId: id,
      before: { status: row.status, rectification: row.rectification },
      after: { status: 'rectified', rectification },
    });
  });
}

/** The office closes (销号) an item once the unit has reported its rectification. */
export async function closeInspection(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  inspectionsPolicy.assert(actor, 'inspection.close');
  await database.db.transaction(async (tx) => {
    const row = await findInspection(tx, id, shanghaiDate(), true);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.status === 'closed')
      throw new AppError('CONFLICT_VERSION', { status: row.status }, msg('inspection.closed'));
    if (row.status !== 'rectified')
      throw new AppError('CONFLICT_VERSION', { status: row.status }, msg('inspection.notRectified'));
    await setClosed(tx, id, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'inspection.close',
      entityType: 'inspection',
      entityId: id,
      before: { status: row.status },
      after: { status: 'closed' },
    });
  });
}
