import { shanghaiDate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { escalateOverdue } from '../blockers/blockers.service.ts';
import { findBulletinOfMonth } from '../bulletins/bulletins.repository.ts';
import { draftBulletin } from '../bulletins/bulletins.service.ts';
import {
  announceSlippedMilestones,
  judgeTracksOfDay,
  remindDueMilestones,
} from '../major-projects/major-projects.service.ts';
import { findOfficeUnitIds } from '../org/units.repository.ts';
import { findMajorThreshold } from '../projects/projects.repository.ts';
import { claimSlot, recordSlotResult } from './jobs.repository.ts';

/**
 * The daily checks: milestone reminders a week ahead, slip notices on the day a planned date
 * passes, escalation of overdue blockers. The day's slot is claimed in the same transaction,
 * so with several app processes on one database the checks run once a day.
 */
export async function runDailyProjectChecks(database: Database, ctx: RequestContext, today = shanghaiDate()) {
  return database.db.transaction(async (tx) => {
    if (!(await claimSlot(tx, 'project-daily-checks', today))) return null;
    const threshold = await findMajorThreshold(tx);
    const office = await findOfficeUnitIds(tx);
    const reminders = await remindDueMilestones(tx, today, threshold);
    const slipped = await announceSlippedMilestones(tx, today, threshold, office);
    const escalated = await escalateOverdue(tx, today, office);
    await judgeTracksOfDay(tx, today, threshold);
    const result = { reminders, slipped, escalated };
    await recordSlotResult(tx, 'project-daily-checks', today, result);
    if (reminders + slipped + escalated) {
      await recordAudit(tx, ctx, {
        action: 'project.dailyChecks',
        entityType: 'scheduled_run',
        entityId: today,
        after: result,
      });
    }
    return result;
  });
}

/** At the start of each month the previous month is drafted, once across all processes (also on demand). */
export async function runMonthlyDraft(database: Database, ctx: RequestContext, today = shanghaiDate()) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  const slot = `${year}-${String(month).padStart(2, '0')}`;
  const claimed = await database.db.transaction((tx) => claimSlot(tx, 'bulletin-draft', slot));
  if (!claimed) return null;
  const existing = await findBulletinOfMonth(database.db, year, month);
  if (existing) return { skipped: 'exists' as const, id: existing.id };
  try {
    return await draftBulletin(database, ctx, { year, month });
  } catch (e) {
    if (e instanceof AppError && e.code === 'VALIDATION_FAILED')
      return { skipped: 'no data' as const, reason: e.message };
    throw e;
  }
}
