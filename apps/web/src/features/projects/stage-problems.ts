import { checkStageDates, PROJECT_STAGES, type ProjectStage, type StageProblem } from '@zhaoshang/shared';

type Dates = Partial<Record<ProjectStage, string | null>>;

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
