import { checkStageDates, PROJECT_STAGES, type ProjectStage, type StageProblem } from '@zhaoshang/shared';

type Dates = Partial<Record<ProjectStage, string | null>>;

/** Why a stage date was refused, so that the English page can word it (the shared rule words it in Chinese). */
export type StageProblemReason =
  | { reason: 'future'; date: string }
  | { reason: 'notSigned' }
  | { reason: 'beforeStage'; date: string; other: ProjectStage; otherDate: string }
  | { reason: 'invalid'; date: string };

const ORDERED: ProjectStage[] = ['ready', 'started', 'completed', 'producing'];

/**
 * Tells which of the rules of checkStageDates a problem comes from. The shared function stays
 * the one source of which dates are wrong; this only names the reason.
 */
export function reasonOf(problem: StageProblem, dates: Dates, today: string): StageProblemReason {
  const date = dates[problem.stage] ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { reason: 'invalid', date };
  if (date > today) return { reason: 'future', date };
  // The same order as checkStageDates: construction order first, then the signing date.
  const i = ORDERED.indexOf(problem.stage);
  for (let j = i - 1; i > 0 && j >= 0; j--) {
    const before = dates[ORDERED[j]!];
    if (!before) continue;
    if (date < before) return { reason: 'beforeStage', date, other: ORDERED[j]!, otherDate: before };
    break;
  }
  if (!dates.signed) return { reason: 'notSigned' };
  return { reason: 'beforeStage', date, other: 'signed', otherDate: dates.signed };
}

/** The problems of the dates, by stage (first problem of each stage only). */
export function stageProblemsByStage(dates: Dates, today: string): Map<ProjectStage, StageProblem> {
  const byStage = new Map<ProjectStage, StageProblem>();
  for (const problem of checkStageDates(dates, today))
    if (!byStage.has(problem.stage)) byStage.set(problem.stage, problem);
  return byStage;
}

export const STAGE_FIELDS = PROJECT_STAGES.map((stage) => ['stages', stage] as const);

/** Stages the assessment counts, so their date must carry evidence (the server's 缺佐证 filter uses the same list). */
export const EVIDENCED_STAGES: readonly ProjectStage[] = ['signed', 'contracted', 'registered', 'started'];
