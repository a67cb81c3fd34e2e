import { describe, expect, it } from 'vitest';
import { hasNotifications, notificationTarget } from './notification-policy.ts';

describe('notification policy', () => {
  it('gives the bell to business roles only', () => {
    expect(hasNotifications('unit_staff')).toBe(true);
    expect(hasNotifications('office')).toBe(true);
    expect(hasNotifications('leader')).toBe(true);
    expect(hasNotifications('admin')).toBe(false);
    expect(hasNotifications('auditor')).toBe(false);
  });

  it('sends conflict and filing news to the filings page', () => {
    expect(notificationTarget('conflict.opened')).toBe('/filings?tab=conflicts');
    expect(notificationTarget('filing.expiring')).toBe('/filings');
    expect(notificationTarget('something.else')).toBeUndefined();
  });

  it('opens a notice itself and inspections on their list', () => {
    expect(notificationTarget('notice.sent', '12')).toBe('/notices/12');
    expect(notificationTarget('inspection.recorded', '3')).toBe('/inspections');
    expect(notificationTarget('handover.received', '4')).toBe('/rotations?tab=handovers');
  });
});
