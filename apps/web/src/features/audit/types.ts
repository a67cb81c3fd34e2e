export type AuditOutcome = 'success' | 'failure';

export type AuditEntry = {
  id: number;
  at: string;
  username: string | null;
  unitName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  clientIp: string | null;
  outcome: AuditOutcome;
  hash: string;
};

export type AuditFilters = {
  from?: string;
  to?: string;
  username?: string;
  action?: string;
  entityType?: string;
  outcome?: AuditOutcome;
};

export type AuditListParams = AuditFilters & { page: number; pageSize: number };

export type ChainVerification = { ok: boolean; checked: number; firstBroken: { id: number; reason: string } | null };
