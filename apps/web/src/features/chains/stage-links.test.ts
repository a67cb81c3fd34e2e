import { describe, expect, it } from 'vitest';
import { segmentStages, stagesLine } from './stage-links.ts';

describe('a segment’s projects by stage', () => {
  const byStage = { started: { count: 1 }, intent: { count: 2 }, signed: { count: 3 }, producing: { count: 0 } };

  it('lists the stages with projects in stage order, each linking to the project list of its chain, segment and stage, not terminated', () => {
    expect(segmentStages(7, 12, byStage)).toEqual([
      { stage: 'intent', count: 2, link: '/projects?chainId=7&segmentId=12&stage=intent&status=active%2Cstalled' },
      { stage: 'signed', count: 3, link: '/projects?chainId=7&segmentId=12&stage=signed&status=active%2Cstalled' },
      { stage: 'started', count: 1, link: '/projects?chainId=7&segmentId=12&stage=started&status=active%2Cstalled' },
    ]);
    expect(segmentStages(7, 12, {})).toEqual([]);
  });

  it('words them as one line for the tooltip, in either language', () => {
    expect(stagesLine(byStage, 'zh')).toBe('意向 2，签约 3，开工 1');
    expect(stagesLine(byStage, 'en')).toBe('Intent 2, Signed 3, Started 1');
  });
});
