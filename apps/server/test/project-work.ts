import { shanghaiDate } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../src/db/client.ts';
import { buildUnit, buildUser, call, login, type Session, type TestEnv, uniq } from './factories.ts';

/** What the tests of the work after signing (major projects, reviews, blockers, the daily run) start from. */
export const today = shanghaiDate();
export const plusDays = (n: number, from = today) =>
  new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10);

/** A county with one clerk, signed in. */
export async function buildCounty(env: TestEnv) {
  const unit = await buildUnit(env.database, { kind: 'county', name: uniq('测试县') });
  const user = await buildUser(env.database, { unitId: unit.id });
  return { unit, user, session: await login(env.app, user.username) };
}

/** A major project (15 亿元) signed 200 days ago, recorded through the API by a clerk of its host unit. */
export async function recordProject(
  env: TestEnv,
  session: Session,
  hostUnitId: number,
  over: Record<string, unknown> = {},
) {
  const res = await call(env.app, session, 'POST', '/api/v1/projects', {
    name: uniq('项目'),
    companyId: null,
    hostUnitId,
    sourceUnitIds: [hostUnitId],
    chain: '装备制造',
    fitsPositioning: true,
    agreedWan: '150000',
    stages: { signed: plusDays(-200) },
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

export const projectName = async (env: TestEnv, id: number) =>
  (await queryRows<{ name: string }>(env.database.db, sql`select name from projects where id = ${id}`))[0]!.name;
