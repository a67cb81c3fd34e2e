import { type Lang, PROJECT_STAGE_LABELS, PROJECT_STAGES } from '@zhaoshang/shared';
import { toQueryString } from '../../components/api-client.ts';

/** The stages in their order, intent (not yet signed) first. */
const STAGES = ['intent', ...PROJECT_STAGES] as const;

export type StageCount = { stage: (typeof STAGES)[number]; count: number; link: string };

/**
 * A segment's projects by current stage, in stage order, each with its project list (chain,
 * segment, stage, and not terminated: the map counts no terminated project).
 */
export function segmentStages(
  chainId: number,
  segmentId: number,
  byStage: Record<string, { count: number }>,
): StageCount[] {
  return STAGES.filter((stage) => (byStage[stage]?.count ?? 0) > 0).map((stage) => ({
    stage,
    count: byStage[stage]!.count,
    link: `/projects${toQueryString({ chainId, segmentId, stage, status: 'active,stalled' })}`,
  }));
}

/** The same as one line, for the map's tooltip: "签约 2，开工 1". */
export function stagesLine(byStage: Record<string, { count: number }>, lang: Lang): string {
  return STAGES.filter((stage) => (byStage[stage]?.count ?? 0) > 0)
    .map((stage) => `${PROJECT_STAGE_LABELS[stage][lang]} ${byStage[stage]!.count}`)
    .join(lang === 'zh' ? '，' : ', ');
}
