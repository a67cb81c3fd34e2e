import { describe, expect, it } from 'vitest';
import { may, mayOnRecord, rolesFor } from './policy.ts';

const office = { role: 'office', unit: { id: 1 } } as const;
const leader = { role: 'leader', unit: { id: 1 } } as const;
const county = { role: 'unit_staff', unit: { id: 12 } } as const;
const admin = { role: 'admin', unit: { id: 1 } } as const;

describe('the policy table, read by the web', () => {
  it('answers by role as the server does', () => {
    expect(may(office, 'bulletin.publish')).toBe(true);
    expect(may(leader, 'bulletin.publish')).toBe(false);
    expect(may(leader, 'blocker.raise')).toBe(true);
    expect(may(leader, 'project.create')).toBe(false);
    expect(may(admin, 'lead.list')).toBe(false);
    expect(may(admin, 'calendar.edit')).toBe(true);
  });

  it("checks the record's condition after the role", () => {
    const blocker = { responsibleUnitId: 12 };
    expect(mayOnRecord(county, 'blocker.resolve', blocker)).toBe(true);
    expect(mayOnRecord(county, 'blocker.resolve', { responsibleUnitId: 13 })).toBe(false);
    expect(mayOnRecord(office, 'blocker.resolve', { responsibleUnitId: 13 })).toBe(true);
    // A leader may see every blocker but resolves none: the role fails before the record is asked.
    expect(mayOnRecord(leader, 'blocker.resolve', blocker)).toBe(false);
    expect(mayOnRecord(county, 'milestone.plan', { hostUnitId: 12 })).toBe(true);
    expect(mayOnRecord(county, 'milestone.plan', { hostUnitId: 3 })).toBe(false);
  });

  it('lists who may take an action, for the menu', () => {
    expect(rolesFor('audit.read')).toEqual(['auditor']);
    expect(rolesFor('dashboard.read')).toEqual(['office', 'leader']);
  });
});
