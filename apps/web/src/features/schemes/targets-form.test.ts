import { describe, expect, it } from 'vitest';
import type { UnitTarget } from './api.ts';
import { isDirty, parseTargetField, targetsToInput } from './targets-form.ts';

const county = { id: 7, name: '沭阳县', kind: 'county' as const };

describe('unit targets', () => {
  const saved: UnitTarget[] = [
    {
      unit: county,
      signedCount: 12,
      signedAmountWan: '500000',
      leads: null,
      events: 3,
      foreignUsdWan: '50000',
      visits: 24,
      postDays: null,
      services: 6,
    },
  ];

  it('parses counts and amounts', () => {
    expect(parseTargetField('signedCount', ' 15 ')).toEqual({ value: 15 });
    expect(parseTargetField('signedCount', '1.5')).toEqual({ problem: 'not_a_count' });
    expect(parseTargetField('leads', '')).toEqual({ value: null });
    expect(parseTargetField('signedAmountWan', '120000.50')).toEqual({ value: '120000.5' });
    expect(parseTargetField('foreignUsdWan', '5,000')).toEqual({ problem: 'has_unit_or_separator' });
  });

  it('sends every unit with edits over saved values, or the fields at fault', () => {
    const draft = new Map([[7, { leads: '40', signedCount: '' }]]);
    expect(targetsToInput(saved, draft)).toEqual({
      items: [
        {
          unitId: 7,
          signedCount: null,
          signedAmountWan: '500000',
          leads: 40,
          events: 3,
          foreignUsdWan: '50000',
          visits: 24,
          postDays: null,
          services: 6,
        },
      ],
      problems: new Map(),
    });
    expect(targetsToInput(saved, new Map([[7, { events: 'x' }]])).problems).toEqual(
      new Map([['7.events', 'not_a_count']]),
    );
    expect(isDirty(saved, draft)).toBe(true);
    expect(isDirty(saved, new Map([[7, { signedCount: '12 ' }]]))).toBe(false);
  });
});
