import {
  BLOCKER_CATEGORIES,
  GATE_REASONS,
  GATE_STATUSES,
  INVESTOR_TYPES,
  isCalendarDate,
  PROJECT_STAGES,
  PROJECT_STATUSES,
  parseWan,
} from '@zhaoshang/shared';
import { z } from 'zod';
import { messageKey } from '../../http/validation.ts';

export const id = z.coerce.number().int().positive();
export const wan = z.string().refine((s) => 'value' in parseWan(s), messageKey('validation.amountWan'));
export const calendarDate = z.string().refine(isCalendarDate, messageKey('validation.dateFormat'));

const stageDates = z.strictObject(
  Object.fromEntries(PROJECT_STAGES.map((s) => [s, calendarDate.nullable().optional()])) as Record<
    (typeof PROJECT_STAGES)[number],
    z.ZodOptional<z.ZodNullable<typeof calendarDate>>
  >,
);

export const projectBody = z.strictObject({
  name: z.string().trim().min(1, messageKey('project.nameRequired')).max(200, messageKey('project.nameMax')),
  companyId: z.number().int().positive().nullable(),
  hostUnitId: z.number().int().positive(),
  sourceUnitIds: z.array(z.number().int().positive()).max(20),
  chain: z.string().trim().max(100).nullable(),
  chainId: z.number().int().positive().nullable().default(null),
  segmentId: z.number().int().positive().nullable().default(null),
  fitsPositioning: z.boolean(),
  /** Why "fits the positioning" differs from the host unit's designated chains (required then). */
  fitsReason: z.string().trim().max(500).nullable().default(null),
  agreedWan: wan,
  investedWan: wan.default('0'),
  foreignUsdWan: wan.nullable().default(null),
  investorType: z.enum(INVESTOR_TYPES).nullable().default(null),
  expectedJobs: z.number().int().min(0).max(10_000_000).nullable().default(null),
  expectedTaxWan: wan.nullable().default(null),
  status: z.enum(PROJECT_STATUSES).default('active'),
  statusReason: z.string().trim().max(1000).nullable().default(null),
  stages: stageDates,
  registeredUscc: z.string().trim().max(30).nullable().default(null),
  expansionOf: z.number().int().positive().nullable().default(null),
  filingId: z.number().int().positive().nullable().default(null),
  notes: z.string().max(4000).nullable().default(null),
  /** 推进部门: the department or service centre that pushes the project to start. */
  pushDepartmentUnitId: z.number().int().positive().nullable().default(null),
  /** 培育部门: the department or service centre that nurtures it once started. */
  nurtureDepartmentUnitId: z.number().int().positive().nullable().default(null),
});

export const saveProjectBody = projectBody.extend({
  version: z.number().int().positive(),
  correctionReason: z.string().trim().max(1000).nullable().optional(),
});

const unitRef = z.object({ id: z.number().int(), name: z.string() });
const projectStage = z.enum(PROJECT_STAGES);

/** Each stage's date, null until reached: every stage is present. */
const stageDatesOut = z.object(
  Object.fromEntries(PROJECT_STAGES.map((s) => [s, z.string().nullable()])) as Record<
    (typeof PROJECT_STAGES)[number],
    z.ZodNullable<z.ZodString>
  >,
);

export const projectSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    company: z.object({ id: z.number().int(), name: z.string(), uscc: z.string().nullable() }).nullable(),
    hostUnit: unitRef,
    sourceUnits: z.array(unitRef),
    chain: z.string().nullable(),
    chainId: z.number().int().nullable(),
    segmentId: z.number().int().nullable(),
    fitsPositioning: z.boolean(),
    fitsReason: z.string().nullable(),
    outsideRecommendation: z.boolean().describe('a chain is chosen and the host unit is not designated for it'),
    agreedWan: z.string(),
    investedWan: z.string(),
    foreignUsdWan: z.string().nullable(),
    investorType: z.enum(INVESTOR_TYPES).nullable(),
    expectedJobs: z.number().int().nullable(),
    expectedTaxWan: z.string().nullable(),
    status: z.enum(PROJECT_STATUSES),
    statusReason: z.string().nullable(),
    stages: stageDatesOut,
    stage: z.enum(['intent', ...PROJECT_STAGES]).describe('the last stage reached, intent before signing'),
    registeredUscc: z.string().nullable(),
    stageChangedOn: z.string(),
    idleDays: z.number().int(),
    major: z.boolean(),
    expansionOf: z.number().int().nullable(),
    filingId: z.number().int().nullable(),
    /** The event that produced the project (PUT /projects/:id/event). */
    event: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    notes: z.string().nullable(),
    pushDepartment: unitRef.nullable(),
    nurtureDepartment: unitRef.nullable(),
    gate: z
      .object({ status: z.enum(GATE_STATUSES), reasons: z.array(z.enum(GATE_REASONS)) })
      .describe('the quality gate: pending and rejected projects count in no indicator'),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Project' });

const flag = z.enum(['true', 'false']).optional();

export const listProjectsQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  stage: z
    .string()
    .optional()
    .refine(
      (s) => !s || s.split(',').every((x) => x === 'intent' || (PROJECT_STAGES as readonly string[]).includes(x)),
      messageKey('project.stageInvalid'),
    ),
  unitId: id.optional(),
  chain: z.string().trim().max(100).optional(),
  eventId: id.optional(),
  chainId: id.optional(),
  segmentId: id.optional(),
  outsideRecommendation: flag,
  companyId: id.optional(),
  amountMinWan: wan.optional(),
  amountMaxWan: wan.optional(),
  investorType: z.enum(INVESTOR_TYPES).optional(),
  signedFrom: calendarDate.optional(),
  signedTo: calendarDate.optional(),
  majorOnly: flag,
  stalled: flag,
  missingEvidence: flag,
  status: z
    .string()
    .optional()
    .refine(
      (s) => !s || s.split(',').every((x) => (PROJECT_STATUSES as readonly string[]).includes(x)),
      messageKey('project.statusInvalid'),
    )
    .describe('one status or a comma list (active,stalled: every project not terminated)'),
  sort: z.enum(['signedOn', 'agreed', 'name', 'updatedAt', 'stageChangedOn']).default('signedOn'),
  desc: z.enum(['true', 'false']).default('true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** The list's shape, also answered by the drill-downs (KPI figures, bulletin figures). */
/** A project behind an indicator's figure, with what the figure credits it. */
export const creditedProjectSchema = projectSchema
  .extend({
    creditedWan: z
      .string()
      .describe(
        "the amount the figure counts for this project: agreedWan, or a unit's share of a joint filing's project; in a bulletin, as frozen when it was drafted",
      ),
  })
  .meta({ id: 'CreditedProject' });

/** A page of the projects behind an indicator's figure. */
export const creditedProjectPageSchema = z
  .object({
    items: z.array(creditedProjectSchema),
    total: z.number().int(),
    totalCapped: z.boolean(),
    majorThresholdWan: z.string(),
  })
  .meta({ id: 'CreditedProjectPage' });

export const projectPageSchema = z
  .object({
    items: z.array(projectSchema),
    total: z.number().int(),
    totalCapped: z.boolean().describe('true: more than `total` match (counting stops at 10,000)'),
    majorThresholdWan: z.string(),
  })
  .meta({ id: 'ProjectPage' });

/** A blocker as the project page lists it (the blockers list adds the project). */
export const projectBlockerSchema = z
  .object({
    id: z.number().int(),
    category: z.enum(BLOCKER_CATEGORIES),
    description: z.string(),
    responsibleUnit: unitRef,
    dueOn: z.string(),
    status: z.enum(['open', 'resolved']),
    resolution: z.string().nullable(),
    escalated: z.boolean(),
    overdue: z.boolean(),
    raisedAt: z.string(),
    routedAs: z.enum(['push', 'nurture']).nullable().describe('routed to the push or nurture department by stage'),
    version: z.number().int(),
  })
  .meta({ id: 'ProjectBlocker' });

/** GET /projects/:id: the project, its stages against the plan, evidence, history and blockers. */
export const projectDetailSchema = z
  .object({
    project: projectSchema,
    canEdit: z.boolean(),
    timeline: z.array(
      z
        .object({
          stage: projectStage,
          date: z.string().nullable(),
          plannedOn: z.string().nullable(),
          overdue: z.boolean(),
          evidenceCount: z.number().int(),
        })
        .meta({ id: 'TimelineEntry' }),
    ),
    evidence: z.array(
      z
        .object({
          id: z.number().int(),
          stage: projectStage,
          fileName: z.string(),
          contentType: z.string(),
          sizeBytes: z.number().int(),
          sha256: z.string(),
          uploadedAt: z.string(),
          uploadedBy: z.string().nullable(),
        })
        .meta({ id: 'Evidence' }),
    ),
    history: z.array(
      z
        .object({
          id: z.number().int(),
          kind: z.string(),
          changes: z.unknown().describe('shape depends on the kind'),
          reason: z.string().nullable(),
          correctionOfBulletinId: z.number().int().nullable(),
          user: z.string().nullable(),
          at: z.string(),
        })
        .meta({ id: 'ProjectHistoryEntry' }),
    ),
    blockers: z.array(projectBlockerSchema),
  })
  .meta({ id: 'ProjectDetail' });
