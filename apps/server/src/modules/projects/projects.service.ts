import {
  type BlockerCategory,
  checkStageDates,
  checkUscc,
  type GateReason,
  type GateStatus,
  INVESTOR_TYPES,
  type InvestorType,
  isMajorProject,
  type Message,
  msg,
  normaliseUscc,
  PROJECT_STAGES,
  type ProjectStage,
  type ProjectStatus,
  type Role,
  roleMay,
  shanghaiDate,
  yuanToWan,
} from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findProjectBlockers } from '../blockers/blockers.repository.ts';
import { checkChainSegment, fitsPositioningOf } from '../chains/chains.service.ts';
import { findCompanyById } from '../companies/companies.repository.ts';
import { findFilingById } from '../filings/filings.repository.ts';
import { findMilestones, rejudgeTracks } from '../major-projects/major-projects.repository.ts';
import { findActiveUnitIds } from '../org/units.repository.ts';
import { evaluateProjectGate } from '../quality-gate/quality-gate.service.ts';
import { checkDepartments } from './project-departments.ts';
import { canEditProject, projectsPolicy } from './projects.policy.ts';
import {
  findEvidence,
  findHistory,
  findMajorThreshold,
  findProjectById,
  findProjects,
  findPublishedBulletinsCovering,
  insertHistory,
  insertProject,
  type ProjectFilter,
  type ProjectRow,
  type ProjectSort,
  type ProjectValues,
  replaceSources,
  updateProject,
} from './projects.repository.ts';

export type ProjectInput = Omit<
  ProjectValues,
  'signedOn' | 'contractedOn' | 'registeredOn' | 'readyOn' | 'startedOn' | 'completedOn' | 'producingOn'
> & {
  sourceUnitIds: number[];
  stages: Partial<Record<ProjectStage, string | null>>;
};

const STAGE_COLUMN: Record<ProjectStage, keyof ProjectValues & `${string}On`> = {
  signed: 'signedOn',
  contracted: 'contractedOn',
  registered: 'registeredOn',
  ready: 'readyOn',
  started: 'startedOn',
  completed: 'completedOn',
  producing: 'producingOn',
};

const invalid = (issues: { path: string; message: Message }[], message?: Message) =>
  new AppError('VALIDATION_FAILED', { issues }, message);

/** The stage dates of a stored project, by stage. */
export function stagesOf(r: ProjectRow): Record<ProjectStage, string | null> {
  return {
    signed: r.signed_on,
    contracted: r.contracted_on,
    registered: r.registered_on,
    ready: r.ready_on,
    started: r.started_on,
    completed: r.completed_on,
    producing: r.producing_on,
  };
}

/**
 * Checks a project as a clerk entered it, against the rules and the database: stage dates
 * (packages/shared), a terminated project's reason, the units and investor it names, the
 * registered company's credit code. Every problem is reported at once.
 */
async function checkInput(tx: Tx, input: ProjectInput, today: string): Promise<void> {
  const stageProblems = checkStageDates(input.stages, today);
  if (stageProblems.length) {
    throw new AppError(
      'STAGE_DATES_INVALID',
      { issues: stageProblems.map((p) => ({ path: `stages.${p.stage}`, message: p.message })) },
      msg('project.stageProblems', { problems: { sentences: stageProblems.map((p) => p.message) } }),
    );
  }
  const issues: { path: string; message: Message }[] = [];
  if (input.status === 'terminated' && !input.statusReason?.trim())
    issues.push({ path: 'statusReason', message: msg('project.terminatedReason') });
  if (input.investorType && !(INVESTOR_TYPES as readonly string[]).includes(input.investorType))
    issues.push({ path: 'investorType', message: msg('project.investorType') });
  if (input.registeredUscc) {
    const problem = checkUscc(input.registeredUscc);
    if (problem) issues.push({ path: 'registeredUscc', message: msg(`label.usccProblem.${problem}`) });
  }
  if (new Set(input.sourceUnitIds).size !== input.sourceUnitIds.length)
    issues.push({ path: 'sourceUnitIds', message: msg('project.sourcesTwice') });
  const unitIds = [...new Set([input.hostUnitId, ...input.sourceUnitIds])];
  const known = new Set(await findActiveUnitIds(tx, unitIds));
  if (!known.has(input.hostUnitId))
    issues.push({ path: 'hostUnitId', message: msg('project.hostMissing', { id: input.hostUnitId }) });
  for (const id of input.sourceUnitIds)
    if (!known.has(id)) issues.push({ path: 'sourceUnitIds', message: msg('project.sourceMissing', { id }) });
  if (input.companyId !== null) {
    const company = await findCompanyById(tx, input.companyId);
    if (!company || company.mergedIntoId) issues.push({ path: 'companyId', message: msg('project.investorMissing') });
  }
  if (input.filingId !== null) {
    if (!(await findFilingById(tx, input.filingId)))
      issues.push({ path: 'filingId', message: msg('project.filingMissing', { id: input.filingId }) });
  }
  if (input.expansionOf !== null && !(await findProjectById(tx, input.expansionOf)))
    issues.push({ path: 'expansionOf', message: msg('project.expansionMissing', { id: input.expansionOf }) });
  issues.push(...(await checkDepartments(tx, input)));
  if (issues.length) throw invalid(issues, issues.length === 1 ? issues[0]!.message : undefined);
}

/**
 * The chain and segment as picked (both must exist, the segment of the chain) and "fits the
 * positioning": with a chain picked, what the host unit's designated chains say unless the
 * clerk overrides it with a reason. Without one, the legacy free-text chain keeps the flag as given.
 */
async function withChain(tx: Tx, input: ProjectInput): Promise<ProjectInput> {
  const picked = await checkChainSegment(tx, input.chainId ?? null, input.segmentId ?? null);
  if (picked.chainId === null) return { ...input, ...picked, fitsReason: input.fitsReason?.trim() || null };
  const fits = await fitsPositioningOf(tx, input.hostUnitId, picked.chainId, {
    fits: input.fitsPositioning,
    reason: input.fitsReason,
  });
  return { ...input, ...picked, fitsPositioning: fits.fits, fitsReason: fits.reason };
}

function valuesOf(input: ProjectInput): ProjectValues {
  const { sourceUnitIds: _s, stages, ...rest } = input;
  const v = { ...rest } as ProjectValues;
  for (const stage of PROJECT_STAGES) v[STAGE_COLUMN[stage]] = stages[stage] ?? null;
  v.registeredUscc = input.registeredUscc ? normaliseUscc(input.registeredUscc) : null;
  v.statusReason =
    input.status === 'active' ? input.statusReason?.trim() || null : (input.statusReason?.trim() ?? null);
  return v;
}

/** Creates a project (directly, or from a filing); the acting unit is among its sourcing units unless the office creates it. */
export async function createProject(
  database: Database,
  ctx: RequestContext,
  input: ProjectInput,
): Promise<{ id: number }> {
  return database.db.transaction((tx) => createProjectIn(tx, ctx, input));
}

/**
 * Creates a project inside the caller's transaction (a catalogue entry signed into a project is
 * one transaction): the same rights, checks, history and audit as `createProject`.
 */
export async function createProjectIn(tx: Tx, ctx: RequestContext, input: ProjectInput): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.create');
  if (!canEditProject(actor, { hostUnitId: input.hostUnitId, sourceUnitIds: input.sourceUnitIds })) {
    throw new AppError('FORBIDDEN', { reason: 'not_involved' }, msg('project.ownOnly'));
  }
  const today = shanghaiDate();
  await checkInput(tx, input, today);
  const values = valuesOf(await withChain(tx, input));
  let id: number;
  try {
    id = await tx.transaction((sp) => insertProject(sp, values, actor.userId));
  } catch (e) {
    if ((e as { code?: string }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505') {
      throw new AppError('DUPLICATE', { name: input.name }, msg('project.duplicate', { name: input.name }));
    }
    throw e;
  }
  await replaceSources(tx, id, input.sourceUnitIds);
  await rejudgeTracks(tx, [id]);
  await insertHistory(
    tx,
    id,
    { kind: 'created', changes: { version: 1, stages: input.stages } },
    { id: actor.userId, name: actor.displayName },
  );
  await evaluateProjectGate(tx, { id: actor.userId, name: actor.displayName }, id);
  await recordAudit(tx, ctx, {
    action: 'project.create',
    entityType: 'project',
    entityId: id,
    after: { name: input.name, agreedYuan: input.agreedYuan.toString(), stages: input.stages },
  });
  return { id };
}

/** The fields a save changed, as [before, after] in display form. */
function diff(before: ProjectRow, after: ProjectValues, sourceUnitIds: number[]): Record<string, [unknown, unknown]> {
  const was: Record<string, unknown> = {
    name: before.name,
    companyId: before.company_id,
    hostUnitId: before.host_unit_id,
    chain: before.chain,
    chainId: before.chain_id,
    segmentId: before.segment_id,
    fitsPositioning: before.fits_positioning,
    fitsReason: before.fits_reason,
    agreedYuan: before.agreed_yuan,
    investedYuan: before.invested_yuan,
    foreignUsdWan: before.foreign_usd_wan,
    investorType: before.investor_type,
    expectedJobs: before.expected_jobs,
    expectedTaxWan: before.expected_tax_wan,
    status: before.status,
    statusReason: before.status_reason,
    signedOn: before.signed_on,
    contractedOn: before.contracted_on,
    registeredOn: before.registered_on,
    registeredUscc: before.registered_uscc,
    readyOn: before.ready_on,
    startedOn: before.started_on,
    completedOn: before.completed_on,
    producingOn: before.producing_on,
    expansionOf: before.expansion_of,
    filingId: before.filing_id,
    notes: before.notes,
    pushDepartmentUnitId: before.push_department_unit_id,
    nurtureDepartmentUnitId: before.nurture_department_unit_id,
    sourceUnitIds: before.source_units.map((u) => u.id).sort((a, b) => a - b),
  };
  const now: Record<string, unknown> = { ...after, sourceUnitIds: [...sourceUnitIds].sort((a, b) => a - b) };
  const out: Record<string, [unknown, unknown]> = {};
  const norm = (x: unknown) => (typeof x === 'bigint' ? x.toString() : x === undefined ? null : x);
  const numeric = (x: unknown) => (typeof x === 'string' && /^\d+(\.\d+)?$/.test(x) ? String(Number(x)) : x);
  for (const k of Object.keys(was)) {
    const a = numeric(norm(was[k]));
    const b = numeric(norm(now[k]));
    if (JSON.stringify(a) !== JSON.stringify(b)) out[k] = [norm(was[k]), norm(now[k])];
  }
  return out;
}

/**
 * Saves a project against the version its editor read. A stale version answers 409 with what
 * changed since, so the page can show it instead of overwriting. A stage date changed inside
 * a published bulletin's period needs a reason and is recorded as a correction of it; the
 * bulletin itself never changes.
 */
export async function saveProject(
  database: Database,
  ctx: RequestContext,
  id: number,
  input: ProjectInput & { version: number; correctionReason?: string | null },
): Promise<{ id: number; version: number; corrections: number[] }> {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.update');
  const today = shanghaiDate();
  return database.db.transaction(async (tx) => {
    const before = await findProjectById(tx, id, { forUpdate: true });
    if (!before || !canSeeProjectRow(actor, before, [])) throw new AppError('NOT_FOUND');
    if (
      !canEditProject(actor, { hostUnitId: before.host_unit_id, sourceUnitIds: before.source_units.map((u) => u.id) })
    ) {
      throw new AppError('FORBIDDEN', { reason: 'not_involved' }, msg('project.editInvolvedOnly'));
    }
    if (before.version !== input.version) {
      const since = (await findHistory(tx, id))
        .filter((h) => ((h.changes as { version?: number }).version ?? 0) > input.version)
        .reverse();
      throw new AppError(
        'CONFLICT_VERSION',
        { currentVersion: before.version, changes: since },
        msg('project.changedBy', {
          user: since.at(-1)?.user_name ?? msg('project.someoneElse'),
          version: before.version,
        }),
      );
    }
    const { version: _v, correctionReason: _r, ...fields } = input;
    await checkInput(tx, fields, today);
    const values = valuesOf(await withChain(tx, fields));
    const changes = diff(before, values, input.sourceUnitIds);
    if (!Object.keys(changes).length) return { id, version: before.version, corrections: [] };
    const old = stagesOf(before);
    const changedStages = PROJECT_STAGES.filter((s) => (old[s] ?? null) !== (input.stages[s] ?? null));
    const touched = changedStages.flatMap((s) => [old[s], input.stages[s]]).filter((d): d is string => !!d);
    const bulletins = await findPublishedBulletinsCovering(tx, touched);
    const reason = input.correctionReason?.trim() || null;
    if (bulletins.length && !reason) {
      throw new AppError(
        'CORRECTION_REASON_REQUIRED',
        {
          bulletins: bulletins.map((b) => ({
            id: b.id,
            title: msg('project.bulletinTitle', { year: b.year, issue: b.issue_number }),
          })),
          stages: changedStages,
        },
        msg('project.correctionNeeded', {
          bulletins: bulletins.map((b) => msg('project.bulletinTitle', { year: b.year, issue: b.issue_number })),
        }),
      );
    }
    if (!(await updateProject(tx, id, input.version, values)))
      throw new AppError('CONFLICT_VERSION', { currentVersion: before.version + 1 });
    await replaceSources(tx, id, input.sourceUnitIds);
    await rejudgeTracks(tx, [id]);
    const version = before.version + 1;
    const who = { id: actor.userId, name: actor.displayName };
    if (bulletins.length) {
      for (const b of bulletins) {
        await insertHistory(
          tx,
          id,
          { kind: 'correction', changes: { version, fields: changes }, reason, correctionOfBulletinId: b.id },
          who,
        );
      }
    } else {
      await insertHistory(
        tx,
        id,
        { kind: changedStages.length ? 'stages' : 'edit', changes: { version, fields: changes }, reason },
        who,
      );
    }
    await evaluateProjectGate(tx, who, id);
    await recordAudit(tx, ctx, {
      action: bulletins.length ? 'project.correct' : 'project.update',
      entityType: 'project',
      entityId: id,
      before: Object.fromEntries(Object.entries(changes).map(([k, [b]]) => [k, b])),
      after: {
        ...Object.fromEntries(Object.entries(changes).map(([k, [, a]]) => [k, a])),
        ...(reason ? { reason } : {}),
      },
    });
    return { id, version, corrections: bulletins.map((b) => b.id) };
  });
}

/** Whether the actor may see a project: the office and leaders all; a unit its own and those it must act on. */
export function canSeeProjectRow(
  actor: { role: string; unitId: number },
  p: ProjectRow,
  blockerUnitIds: number[],
): boolean {
  if (roleMay(actor.role as Role, 'project.listAll')) return true;
  if (!roleMay(actor.role as Role, 'project.list')) return false;
  return (
    p.host_unit_id === actor.unitId ||
    p.source_units.some((u) => u.id === actor.unitId) ||
    blockerUnitIds.includes(actor.unitId) ||
    p.push_department_unit_id === actor.unitId ||
    p.nurture_department_unit_id === actor.unitId
  );
}

/** A project as the API shows it. */
export function presentProject(r: ProjectRow, thresholdYuan: bigint, today: string) {
  const stages = stagesOf(r);
  return {
    id: r.id,
    name: r.name,
    company: r.company_id ? { id: r.company_id, name: r.company_name!, uscc: r.company_uscc } : null,
    hostUnit: { id: r.host_unit_id, name: r.host_unit_name },
    sourceUnits: r.source_units,
    chain: r.chain,
    chainId: r.chain_id,
    segmentId: r.segment_id,
    fitsPositioning: r.fits_positioning,
    fitsReason: r.fits_reason,
    outsideRecommendation: r.outside_recommendation,
    agreedWan: yuanToWan(BigInt(r.agreed_yuan)),
    investedWan: yuanToWan(BigInt(r.invested_yuan)),
    foreignUsdWan: r.foreign_usd_wan === null ? null : trimDecimal(r.foreign_usd_wan),
    investorType: r.investor_type as InvestorType | null,
    expectedJobs: r.expected_jobs,
    expectedTaxWan: r.expected_tax_wan === null ? null : trimDecimal(r.expected_tax_wan),
    status: r.status as ProjectStatus,
    statusReason: r.status_reason,
    stages,
    stage: r.stage as ProjectStage | 'intent',
    registeredUscc: r.registered_uscc,
    stageChangedOn: r.stage_changed_on,
    idleDays: Math.round((Date.parse(today) - Date.parse(r.stage_changed_on)) / 86_400_000),
    major: isMajorProject(BigInt(r.agreed_yuan), thresholdYuan),
    expansionOf: r.expansion_of,
    filingId: r.filing_id,
    event: r.event_id ? { id: r.event_id, name: r.event_name! } : null,
    notes: r.notes,
    pushDepartment: r.push_department_unit_id ? { id: r.push_department_unit_id, name: r.push_department_name! } : null,
    nurtureDepartment: r.nurture_department_unit_id
      ? { id: r.nurture_department_unit_id, name: r.nurture_department_name! }
      : null,
    gate: { status: r.gate_status as GateStatus, reasons: r.gate_reasons as GateReason[] },
    version: r.version,
    updatedAt: r.updated_at,
  };
}

export function trimDecimal(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

export type ListQuery = Omit<ProjectFilter, 'scopeUnitId' | 'majorThresholdYuan'> & { majorOnly?: boolean };

/**
 * The project list: the office and leaders see the city, a unit its own projects. `published`
 * lists the projects frozen behind a published bulletin's figure to whoever may read it: a
 * ranked unit must be able to see what its rank was computed from.
 */
export async function listProjects(
  database: Database,
  ctx: RequestContext,
  q: ListQuery,
  sort: { by: ProjectSort; desc: boolean },
  page: number,
  pageSize: number,
  opts: { published?: boolean } = {},
) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.list');
  const threshold = await findMajorThreshold(database.db);
  const { majorOnly, ...f } = q;
  const scope =
    projectsPolicy.allows(actor, 'project.listAll') || (opts.published && q.frozen) ? undefined : actor.unitId;
  const { items, total, totalCapped } = await findProjects(
    database.db,
    { ...f, scopeUnitId: scope, majorThresholdYuan: majorOnly ? threshold : undefined },
    sort,
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  const today = shanghaiDate();
  return {
    items: items.map((r) => presentProject(r, threshold, today)),
    total,
    totalCapped,
    majorThresholdWan: yuanToWan(threshold),
  };
}

/** A project's page: the project, its evidence, history, milestone plan and blockers. */
export async function getProject(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.list');
  const db = database.db;
  const row = await findProjectById(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const blockerRows = await findProjectBlockers(db, id);
  if (
    !canSeeProjectRow(
      actor,
      row,
      blockerRows.map((b) => b.responsible_unit_id),
    )
  )
    throw new AppError('NOT_FOUND');
  const [threshold, evidence, history, milestones] = await Promise.all([
    findMajorThreshold(db),
    findEvidence(db, id),
    findHistory(db, id),
    findMilestones(db, id),
  ]);
  const today = shanghaiDate();
  const project = presentProject(row, threshold, today);
  const plan = Object.fromEntries(milestones.map((m) => [m.stage, m.planned_on]));
  return {
    project,
    canEdit: canEditProject(actor, { hostUnitId: row.host_unit_id, sourceUnitIds: row.source_units.map((u) => u.id) }),
    timeline: PROJECT_STAGES.map((stage) => {
      const date = project.stages[stage];
      const planned = plan[stage] ?? null;
      return {
        stage,
        date,
        plannedOn: planned,
        overdue: !date && planned !== null && planned < today,
        evidenceCount: evidence.filter((e) => e.stage === stage).length,
      };
    }),
    evidence: evidence.map((e) => ({
      id: e.id,
      stage: e.stage as ProjectStage,
      fileName: e.file_name,
      contentType: e.content_type,
      sizeBytes: e.size_bytes,
      sha256: e.sha256,
      uploadedAt: e.uploaded_at,
      uploadedBy: e.uploaded_by_name,
    })),
    history: history.map((h) => ({
      id: h.id,
      kind: h.kind,
      changes: h.changes,
      reason: h.reason,
      correctionOfBulletinId: h.correction_of_bulletin_id,
      user: h.user_name,
      at: h.at,
    })),
    blockers: blockerRows.map((b) => ({
      id: b.id,
      category: b.category as BlockerCategory,
      description: b.description,
      responsibleUnit: { id: b.responsible_unit_id, name: b.responsible_unit_name },
      dueOn: b.due_on,
      status: b.status as 'open' | 'resolved',
      resolution: b.resolution,
      escalated: b.escalated,
      overdue: b.status === 'open' && b.due_on < today,
      raisedAt: b.raised_at,
      routedAs: b.routed_as as 'push' | 'nurture' | null,
      version: b.version,
    })),
  };
}
