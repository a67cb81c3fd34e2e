import type { Role } from '@zhaoshang/shared';
import { may } from '../../components/policy.ts';

/** The bell is for the roles the table lets read notifications (admin and auditor receive none). */
export function hasNotifications(role: Role): boolean {
  return may({ role }, 'notification.read');
}

/** Where a notification leads: filing and conflict news opens the filings page, a notice the notice itself. */
export function notificationTarget(kind: string, entityId?: string | null): string | undefined {
  if (kind.startsWith('notice.')) return entityId ? `/notices/${entityId}` : '/notices';
  if (kind.startsWith('inspection.')) return '/inspections';
  if (kind.startsWith('handover.')) return '/rotations?tab=handovers';
  if (kind.startsWith('conflict.')) return '/filings?tab=conflicts';
  if (kind.startsWith('filing.')) return '/filings';
  return undefined;
}
