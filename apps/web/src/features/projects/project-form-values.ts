import { type InvestorType, PROJECT_STAGES, type ProjectStage, type ProjectStatus } from '@zhaoshang/shared';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../components/api-client.ts';
import type { FieldIssue } from '../../components/api-errors.ts';
import type { Project, ProjectInput, StageDates } from './api.ts';

/** The project form's values: amounts stay the strings the clerk typed, dates are dayjs. */
export type ProjectFormValues = {
  name: string;
  companyId?: number | null;
  investorType?: InvestorType | null;
  hostUnitId?: number;
  sourceUnitIds: number[];
  chain?: string | null;
  /** The chain and segment picked from the map. */
  chainPick?: { chainId?: number; segmentId?: number };
  fitsPositioning: boolean;
  fitsReason?: string | null;
  agreedWan: string;
  investedWan?: string | null;
  foreignUsdWan?: string | null;
  expectedJobs?: number | null;
  expectedTaxWan?: string | null;
  status: ProjectStatus;
  statusReason?: string | null;
  stages: Partial<Record<ProjectStage, Dayjs | null>>;
  registeredUscc?: string | null;
  notes?: string | null;
  pushDepartmentUnitId?: number | null;
  nurtureDepartmentUnitId?: number | null;
};

export const DATE = 'YYYY-MM-DD';

const blankToNull = (text?: string | null) => (text?.trim() ? text.trim() : null);

export function stageDatesOf(stages: ProjectFormValues['stages'] | undefined): StageDates {
  return Object.fromEntries(PROJECT_STAGES.map((s) => [s, stages?.[s] ? stages[s].format(DATE) : null])) as StageDates;
}

export function emptyFormValues(hostUnitId?: number): Partial<ProjectFormValues> {
  return { sourceUnitIds: [], fitsPositioning: true, status: 'active', stages: {}, hostUnitId };
}

export function formValuesOf(p: Project): ProjectFormValues {
  return {
    name: p.name,
    companyId: p.company?.id ?? null,
    investorType: p.investorType,
    hostUnitId: p.hostUnit.id,
    sourceUnitIds: p.sourceUnits.map((u) => u.id),
    chain: p.chain,
    chainPick: { chainId: p.chainId ?? undefined, segmentId: p.segmentId ?? undefined },
    fitsPositioning: p.fitsPositioning,
    fitsReason: p.fitsReason,
    agreedWan: p.agreedWan,
    investedWan: p.investedWan === '0' ? null : p.investedWan,
    foreignUsdWan: p.foreignUsdWan,
    expectedJobs: p.expectedJobs,
    expectedTaxWan: p.expectedTaxWan,
    status: p.status,
    statusReason: p.statusReason,
    stages: Object.fromEntries(PROJECT_STAGES.map((s) => [s, p.stages[s] ? dayjs(p.stages[s]) : null])),
    registeredUscc: p.registeredUscc,
    notes: p.notes,
    pushDepartmentUnitId: p.pushDepartment?.id ?? null,
    nurtureDepartmentUnitId: p.nurtureDepartment?.id ?? null,
  };
}

/** The API body from the form; links the form does not edit (expansion, filing) are kept as they were. */
export function inputOf(
  v: ProjectFormValues,
  kept: { expansionOf: number | null; filingId: number | null },
): ProjectInput {
  return {
    name: v.name.trim(),
    companyId: v.companyId ?? null,
    hostUnitId: v.hostUnitId ?? 0,
    sourceUnitIds: v.sourceUnitIds ?? [],
    chain: blankToNull(v.chain),
    chainId: v.chainPick?.chainId ?? null,
    segmentId: v.chainPick?.segmentId ?? null,
    fitsPositioning: v.fitsPositioning,
    fitsReason: blankToNull(v.fitsReason),
    agreedWan: v.agreedWan.trim(),
    investedWan: blankToNull(v.investedWan) ?? '0',
    foreignUsdWan: blankToNull(v.foreignUsdWan),
    investorType: v.investorType ?? null,
    expectedJobs: v.expectedJobs ?? null,
    expectedTaxWan: blankToNull(v.expectedTaxWan),
    status: v.status,
    statusReason: blankToNull(v.statusReason),
    stages: stageDatesOf(v.stages),
    registeredUscc: blankToNull(v.registeredUscc),
    expansionOf: kept.expansionOf,
    filingId: kept.filingId,
    notes: blankToNull(v.notes),
    pushDepartmentUnitId: v.pushDepartmentUnitId ?? null,
    nurtureDepartmentUnitId: v.nurtureDepartmentUnitId ?? null,
  };
}

/** Form fields the server may name in an issue (stage dates are nested under `stages`). */
export const FORM_FIELDS = [
  'name',
  'companyId',
  'investorType',
  'hostUnitId',
  'sourceUnitIds',
  'chain',
  'fitsPositioning',
  'fitsReason',
  'agreedWan',
  'investedWan',
  'foreignUsdWan',
  'expectedJobs',
  'expectedTaxWan',
  'status',
  'statusReason',
  'registeredUscc',
  'notes',
  'pushDepartmentUnitId',
  'nurtureDepartmentUnitId',
] as const;

/** The form field of a server issue path: "stages.started" → ["stages","started"], "sourceUnitIds.0" → "sourceUnitIds". */
export function fieldOfIssue(path: string): string | [string, string] | undefined {
  const parts = path.split(/[./[\]]+/).filter(Boolean);
  if (parts[0] === 'body') parts.shift();
  const [head, next] = parts;
  if (head === 'stages' && (PROJECT_STAGES as readonly string[]).includes(next ?? '')) return ['stages', next!];
  return (FORM_FIELDS as readonly string[]).includes(head ?? '') ? head : undefined;
}

/** The per-field issues of a refused save: VALIDATION_FAILED and STAGE_DATES_INVALID both carry them. */
export function issuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError) || !['VALIDATION_FAILED', 'STAGE_DATES_INVALID'].includes(error.code)) return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((i): i is FieldIssue => typeof i?.path === 'string' && typeof i?.message === 'string');
}
