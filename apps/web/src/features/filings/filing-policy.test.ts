import { describe, expect, it } from 'vitest';
import type { Filing } from './api.ts';
import { canRenew, sharesAddUp } from './filing-policy.ts';

const filing = (over: Partial<Filing> = {}): Filing => ({
  id: 1,
  company: { id: 1, name: '澜江新材料有限公司' },
  unit: { id: 7, name: '澜城区' },
  startsOn: '2026-01-05',
  expiresOn: '2026-07-05',
  status: 'active',
  joint: false,
  creditShare: null,
  projectName: null,
  notes: null,
  contentsVisible: true,
  ...over,
});

describe('filing policy', () => {
  it('lets a unit renew only its own active filings', () => {
    expect(canRenew({ role: 'unit_staff', unit: { id: 7 } }, filing())).toBe(true);
    expect(canRenew({ role: 'unit_staff', unit: { id: 8 } }, filing())).toBe(false);
    expect(canRenew({ role: 'unit_staff', unit: { id: 7 } }, filing({ status: 'expired' }))).toBe(false);
    expect(canRenew({ role: 'leader', unit: { id: 7 } }, filing())).toBe(false);
  });

  it('accepts joint shares only when they add up to 100', () => {
    expect(sharesAddUp([60, 40])).toBe(true);
    expect(sharesAddUp([33.3, 66.7])).toBe(true);
    expect(sharesAddUp([50, 30, 20])).toBe(true);
    expect(sharesAddUp(Array.from({ length: 50 }, () => 2))).toBe(true);
    expect(sharesAddUp(Array.from({ length: 51 }, (_, i) => (i === 0 ? 2 : 1.96)))).toBe(false);
    expect(sharesAddUp([100])).toBe(false);
    expect(sharesAddUp([100, 0])).toBe(false);
    expect(sharesAddUp([60, 30])).toBe(false);
    expect(sharesAddUp([100, undefined])).toBe(false);
  });
});
