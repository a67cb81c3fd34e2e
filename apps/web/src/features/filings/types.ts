export type Ref = { id: number; name: string };

export const FILING_STATUSES = ['active', 'expired', 'released', 'superseded'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export type Filing = {
  id: number;
  company: Ref;
  unit: Ref;
  startsOn: string;
  expiresOn: string;
  status: FilingStatus;
  joint: boolean;
  /** The unit's percent of the credit in a joint filing. */
  creditShare: number | null;
  projectName: string | null;
  notes: string | null;
  /** False unless the viewer is the filing unit, office or a leader. */
  contentsVisible: boolean;
};

export type FilingListParams = { companyId?: number; unitId?: number; status?: FilingStatus };

export type FilingInput = { companyId: number; projectName?: string | null; notes?: string | null };

/** Filing never fails on a competing filing: it opens a conflict for the office instead. */
export type FileResult =
  | { outcome: 'filed'; filingId: number; expiresOn: string }
  | { outcome: 'conflict'; conflictId: number; heldBy: { unitId: number; expiresOn: string } };

export const CONFLICT_STATUSES = ['open', 'assigned', 'joint', 'rejected'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export type Conflict = {
  id: number;
  company: { id: number; name: string };
  existingFilingId: number;
  holderUnit: { id: number; name: string };
  claimantUnit: { id: number; name: string };
  projectName: string | null;
  status: ConflictStatus;
  decision: unknown;
  createdAt: string;
  version: number;
};

export type ConflictDecision =
  | { kind: 'assign'; unitId: number; reason: string }
  | {
      kind: 'joint';
      shares: [{ unitId: number; percent: number }, { unitId: number; percent: number }];
      reason: string;
    }
  | { kind: 'reject'; reason: string };
