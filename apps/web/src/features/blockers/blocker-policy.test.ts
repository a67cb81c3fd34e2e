import { describe, expect, it } from 'vitest';
import { canResolveBlocker } from './blocker-policy.ts';

describe('blocker policy', () => {
  const county = { role: 'unit_staff' as const, unit: { id: 7, name: '澜江县', kind: 'county' as const } };
  const office = { role: 'office' as const, unit: { id: 1, name: '招商办', kind: 'office' as const } };
  const leader = { role: 'leader' as const, unit: { id: 1, name: '招商办', kind: 'office' as const } };

  it('lets the responsible unit or the office resolve an open blocker', () => {
    const blocker = { status: 'open' as const, responsibleUnit: { id: 7, name: '' } };
    expect(canResolveBlocker(county, blocker)).toBe(true);
    expect(canResolveBlocker(county, { ...blocker, responsibleUnit: { id: 9, name: '' } })).toBe(false);
    expect(canResolveBlocker(office, { ...blocker, status: 'resolved' })).toBe(false);
    expect(canResolveBlocker(leader, blocker)).toBe(false);
  });
});
