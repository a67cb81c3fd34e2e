import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  type Session,
  systemCtx,
  type TestEnv,
  uniq,
} from '../../../test/factories.ts';
import { buildCounty, plusDays, projectName, recordProject } from '../../../test/project-work.ts';
import { queryRows } from '../../db/client.ts';
import { runDailyProjectChecks } from '../jobs/jobs.service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  const unit = await buildUnit(env.database, { kind: 'office', name: uniq('领导小组办公室') });
  const user = await buildUser(env.database, { role: 'office', unitId: unit.id });
  // The office unit exists, as in every city: the daily run notifies it.
  await login(env.app, user.username);
});
afterAll(() => env.close());

const county = () => buildCounty(env);
const project = (session: Session, hostUnitId: number, over: Record<string, unknown> = {}) =>
  recordProject(env, session, hostUnitId, over);
const name = (id: number) => projectName(env, id);

describe('the daily run', () => {
  it('the daily checks remind a week ahead, announce a slip, escalate overdue blockers — once, however many processes run them', async () => {
    const a = await county();
    const id = await project(a.session, a.unit.id);
    await call(env.app, a.session, 'PUT', `/api/v1/projects/${id}/milestones`, {
      plan: [{ stage: 'contracted', plannedOn: plusDays(5, '2031-01-01') }],
    });
    const day = '2031-01-01';
    const [first, second] = await Promise.all([
      runDailyProjectChecks(env.database, systemCtx, day),
      runDailyProjectChecks(env.database, systemCtx, day),
    ]);
    const ran = [first, second].filter(Boolean);
    expect(ran).toHaveLength(1);
    expect(ran[0]!.reminders).toBeGreaterThanOrEqual(1);
    const notes = await queryRows<{ title: string }>(
      env.database.db,
      sql`select title from notifications where user_id = ${a.user.id} and kind = 'milestone.due'`,
    );
    expect(notes.map((n) => n.title)).toEqual([`重大项目“${await name(id)}”计划于 2031-01-06 合同，还有 5 天`]);
    const slip = await runDailyProjectChecks(env.database, systemCtx, '2031-01-07');
    expect(slip!.slipped).toBeGreaterThanOrEqual(1);
    expect(await runDailyProjectChecks(env.database, systemCtx, '2031-01-07')).toBeNull();
    const slipped = await queryRows<{ title: string }>(
      env.database.db,
      sql`select title from notifications where user_id = ${a.user.id} and kind = 'milestone.slipped'`,
    );
    expect(slipped.map((n) => n.title)).toEqual([`重大项目“${await name(id)}”未按计划于 2031-01-06 合同，已逾期`]);
  });
});
