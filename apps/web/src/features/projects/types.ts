import type { BlockerCategory, InvestorType, ProjectStage, ProjectStatus } from '@zhaoshang/shared';

export type UnitRef = { id: number; name: string };
export type StageOrIntent = ProjectStage | 'intent';
export type StageDates = Record<ProjectStage, string | null>;

/** A project as GET /projects and GET /projects/:id present it; amounts are 万元 decimal strings. */
export type Project = {
  id: number;
  name: string;
  company: { id: number; name: string; uscc: string | null } | null;
  hostUnit: UnitRef;
  sourceUnits: UnitRef[];
  chain: string | null;
  fitsPositioning: boolean;
  agreedWan: string;
  investedWan: string;
  foreignUsdWan: string | null;
  investorType: InvestorType | null;
  expectedJobs: number | null;
  expectedTaxWan: string | null;
  status: ProjectStatus;
  statusReason: string | null;
  stages: StageDates;
  stage: StageOrIntent;
  registeredUscc: string | null;
  /** The date the project last reached a stage (or was created). */
  stageChangedOn: string;
  idleDays: number;
  major: boolean;
  expansionOf: number | null;
  filingId: number | null;
  notes: string | null;
  version: number;
  updatedAt: string;
};

export const PROJECT_SORTS = ['signedOn', 'agreed', 'name', 'updatedAt', 'stageChangedOn'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

/** The list filters, as the URL and the saved views keep them (all strings, as in the query). */
export type ProjectFilters = {
  q?: string;
  /** Comma list of stages, 'intent' included. */
  stage?: string;
  unitId?: string;
  chain?: string;
  amountMinWan?: string;
  amountMaxWan?: string;
  investorType?: string;
  signedFrom?: string;
  signedTo?: string;
  majorOnly?: string;
  stalled?: string;
  missingEvidence?: string;
  status?: string;
};

export type ProjectListParams = ProjectFilters & {
  sort?: ProjectSort;
  desc?: 'true' | 'false';
  page: number;
  pageSize: number;
};

/** `totalCapped`: more than `total` projects match (the server stops counting at 10,000). */
export type ProjectPage = { items: Project[]; total: number; totalCapped?: boolean; majorThresholdWan: string };

export type TimelineEntry = {
  stage: ProjectStage;
  date: string | null;
  plannedOn: string | null;
  overdue: boolean;
  evidenceCount: number;
};

export type Evidence = {
  id: number;
  stage: ProjectStage;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string | null;
};

export type HistoryKind =
  | 'created'
  | 'edit'
  | 'stages'
  | 'correction'
  | 'evidence'
  | 'plan'
  | 'blocker'
  | 'status'
  | 'import';

export type HistoryEntry = {
  id: number;
  kind: HistoryKind | string;
  /** Shape depends on the kind (see history-changes.ts). */
  changes: unknown;
  reason: string | null;
  correctionOfBulletinId: number | null;
  user: string | null;
  at: string;
};

export type Blocker = {
  id: number;
  category: BlockerCategory;
  description: string;
  responsibleUnit: UnitRef;
  dueOn: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  escalated: boolean;
  overdue: boolean;
  raisedAt: string;
  version: number;
};

export type ProjectDetail = {
  project: Project;
  canEdit: boolean;
  timeline: TimelineEntry[];
  evidence: Evidence[];
  history: HistoryEntry[];
  blockers: Blocker[];
};

/** The body of POST /projects; PUT adds version and correctionReason. */
export type ProjectInput = {
  name: string;
  companyId: number | null;
  hostUnitId: number;
  sourceUnitIds: number[];
  chain: string | null;
  fitsPositioning: boolean;
  agreedWan: string;
  investedWan: string;
  foreignUsdWan: string | null;
  investorType: InvestorType | null;
  expectedJobs: number | null;
  expectedTaxWan: string | null;
  status: ProjectStatus;
  statusReason: string | null;
  stages: StageDates;
  registeredUscc: string | null;
  expansionOf: number | null;
  filingId: number | null;
  notes: string | null;
};

export type ProjectSave = ProjectInput & { version: number; correctionReason?: string | null };

/** A history row as a 409 CONFLICT_VERSION lists it (raw database names). */
export type ConflictChange = {
  id: number;
  kind: string;
  changes: unknown;
  reason: string | null;
  user_name: string | null;
  at: string;
};

export type MilestonePlan = { stage: ProjectStage; plannedOn: string }[];
