export const QUALITY_CHECKS = [
  'readyImplied',
  'missingEvidence',
  'sameInvestorTwoUnits',
  'partExceedsWhole',
  'outliers',
] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

/** GET /data-quality: one count per check; `title` is the server's (Chinese) wording. */
export type QualityOverview = {
  checks: { check: QualityCheck; title: string; count: number }[];
  /** Gaps the checks cannot cover yet, in the server's words. */
  notes: string[];
};

/** One row behind a check: a project, or (same investor in two places) a company with no project id. */
export type QualityItem = { projectId: number | null; name: string; detail: string };

export type QualityCheckDetail = { check: QualityCheck; title: string; count: number; items: QualityItem[] };
