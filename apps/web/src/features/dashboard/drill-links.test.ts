import { describe, expect, it } from 'vitest';
import {
  chainProjectsLink,
  dataQualityLink,
  foreignCapitalLink,
  majorProjectsLink,
  monthProjectsLink,
  monthRange,
  stageDrill,
} from './drill-links.ts';

const window = { from: '2026-01-01', to: '2026-11-29' };

describe('drill-down links', () => {
  it('spans whole calendar months, leap years included', () => {
    expect(monthRange(2026, 2)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange(2026, 12)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthProjectsLink(2025, 4)).toBe('/projects?signedFrom=2025-04-01&signedTo=2025-04-30');
  });

  it("opens a chain's projects of the window, and nothing for the blank chain", () => {
    expect(chainProjectsLink('新能源汽车', window)).toBe(
      '/projects?chain=%E6%96%B0%E8%83%BD%E6%BA%90%E6%B1%BD%E8%BD%A6&signedFrom=2026-01-01&signedTo=2026-11-29',
    );
    expect(chainProjectsLink(null, window)).toBeNull();
  });

  it('sends the first four stages to the KPI drill-down and later ones to the list of projects at or past them', () => {
    expect(stageDrill('contracted', window)).toEqual({ kind: 'kpi', figure: 'contracted' });
    expect(stageDrill('ready', window)).toEqual({ kind: 'kpi', figure: 'ready' });
    expect(stageDrill('started', window)).toEqual({
      kind: 'list',
      filters: { stage: 'started,completed,producing', signedFrom: '2026-01-01', signedTo: '2026-11-29' },
    });
    expect(stageDrill('producing', window)).toEqual({
      kind: 'list',
      filters: { stage: 'producing', signedFrom: '2026-01-01', signedTo: '2026-11-29' },
    });
  });

  it('links the counts to their lists', () => {
    expect(majorProjectsLink('at_risk')).toBe('/major-projects?track=at_risk');
    expect(dataQualityLink('missingEvidence')).toBe('/data-quality?check=missingEvidence');
    expect(dataQualityLink()).toBe('/data-quality');
    expect(foreignCapitalLink(2025)).toBe('/assessment/foreign-capital?year=2025');
  });
});
