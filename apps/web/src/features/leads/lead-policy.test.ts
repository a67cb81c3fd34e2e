import { describe, expect, it } from 'vitest';
import type { Lead } from './api.ts';
import { canHandleLead, nextDeadline, pendingSteps } from './lead-policy.ts';

const lead = (over: Partial<Lead> = {}): Lead => ({
  id: 1,
  company: { id: 1, name: '澜江新材料有限公司' },
  reportingUnit: { id: 7, name: '澜城区' },
  handlingUnit: { id: 8, name: '江北区' },
  chain: null,
  chainId: null,
  segmentId: null,
  source: 'visit',
  reportedOn: '2026-03-02',
  status: 'new',
  estimatedAmountWan: null,
  contact: null,
  notes: null,
  dropReason: null,
  acknowledgedOn: null,
  assessedOn: null,
  feedbackOn: null,
  contentsVisible: true,
  event: null,
  clock: { acknowledgeBy: '2026-03-03', assessBy: '2026-03-05', feedbackBy: '2026-03-11', overdue: [] },
  version: 1,
  ...over,
});

describe('lead policy', () => {
  it('lets the reporting and handling units and the office handle an open lead', () => {
    expect(canHandleLead({ role: 'unit_staff', unit: { id: 7 } }, lead())).toBe(true);
    expect(canHandleLead({ role: 'unit_staff', unit: { id: 8 } }, lead())).toBe(true);
    expect(canHandleLead({ role: 'unit_staff', unit: { id: 9 } }, lead())).toBe(false);
    expect(canHandleLead({ role: 'office', unit: { id: 1 } }, lead())).toBe(true);
    expect(canHandleLead({ role: 'leader', unit: { id: 7 } }, lead())).toBe(false);
    expect(canHandleLead({ role: 'unit_staff', unit: { id: 7 } }, lead({ status: 'dropped' }))).toBe(false);
  });

  it('shows the deadline of the first step not done, and none for a closed or finished lead', () => {
    expect(nextDeadline(lead())).toEqual({ step: 'acknowledge', by: '2026-03-03' });
    expect(nextDeadline(lead({ status: 'following', acknowledgedOn: '2026-03-03' }))).toEqual({
      step: 'assess',
      by: '2026-03-05',
    });
    expect(nextDeadline(lead({ status: 'following', acknowledgedOn: '2026-03-03', assessedOn: '2026-03-04' }))).toEqual(
      { step: 'feedback', by: '2026-03-11' },
    );
    expect(
      nextDeadline(
        lead({ status: 'following', acknowledgedOn: '2026-03-03', assessedOn: '2026-03-04', feedbackOn: '2026-03-09' }),
      ),
    ).toBeNull();
    expect(nextDeadline(lead({ status: 'filed' }))).toBeNull();
  });

  it('offers only the steps not done yet', () => {
    expect(pendingSteps(lead())).toEqual(['acknowledge', 'assess', 'feedback']);
    expect(pendingSteps(lead({ acknowledgedOn: '2026-03-03', assessedOn: '2026-03-04' }))).toEqual(['feedback']);
  });
});
