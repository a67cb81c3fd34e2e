import { ROLES, type Role, roleMay } from '@zhaoshang/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  type Session,
  type TestEnv,
  uniq,
} from '../../test/factories.ts';
import { type ApiRoute, openApiRoutes, requestUrl, sampleValue } from '../../test/openapi-inputs.ts';
import { plusDays, recordProject } from '../../test/project-work.ts';
import { ROUTE_ACTIONS } from '../../test/route-actions.ts';

/**
 * Authorisation over every route of the OpenAPI document, against the policy table: each role
 * (and no session) on each route, then a user of another unit on the ids of a unit's records.
 */

let env: TestEnv;
let routes: ApiRoute[];
const sessions = {} as Record<Role, Session>;
/** A clerk and a head of another unit. */
const outsiders = {} as Record<'unit_staff' | 'unit_manager', Session>;
/** The ids of the records of the unit every role's user belongs to, by path parameter. */
const own = {} as Record<string, number>;
let unitId: number;
let spareUnitId: number;
let spareUserId: number;

const send = (session: Session | null, route: ApiRoute, ids: Record<string, unknown>, body?: unknown) => {
  const url = requestUrl(route, ids, queryOf(route));
  if (route.takesFile) {
    const evidence = route.path.endsWith('/evidence');
    return env.app.inject({
      method: 'POST',
      url,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        'content-type': evidence ? 'application/pdf' : 'text/csv',
        'x-file-name': evidence ? 'a.pdf' : 'a.csv',
      },
      payload: evidence ? '%PDF-1.4\n%%EOF\n' : 'name\nx\n',
    });
  }
  return call(env.app, session, route.method, url, body ?? bodyOf(route));
};

const routeOf = (key: string) => routes.find((r) => r.key === key)!;

async function create(session: Session, key: string, over: Record<string, unknown>): Promise<number> {
  const route = routeOf(key);
  const res = await call(env.app, session, route.method, requestUrl(route, own), {
    ...(sampleValue(route.body!) as object),
    ...over,
  });
  expect(res.statusCode, `${key}: ${res.body}`).toBeLessThan(300);
  return res.json().id;
}

/** Bodies the samples cannot guess: references to the records above. */
function bodyOf(route: ApiRoute): unknown {
  if (!route.body) return undefined;
  const sample = sampleValue(route.body) as Record<string, unknown>;
  const refs: Record<string, unknown> = {
    unitId,
    hostUnitId: unitId,
    ownerUnitId: unitId,
    sourceUnitIds: [unitId],
    organiserUnitIds: [unitId],
    companyId: own.company,
    projectId: own.project,
  };
  if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) return sample;
  return Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, k in refs ? refs[k] : v]));
}

/** Queries the samples cannot guess: an import is only tried, evidence names its stage. */
function queryOf(route: ApiRoute): Record<string, unknown> {
  const names = route.query.map((p) => p.name);
  return {
    ...(names.includes('dryRun') ? { dryRun: 'true' } : {}),
    ...(names.includes('stage') ? { stage: 'signed' } : {}),
  };
}

/** The id each path parameter takes: a record of the unit where there is one, otherwise an id that does not exist. */
function idsOf(route: ApiRoute): Record<string, unknown> {
  const resource = route.path.split('/')[3]!;
  const byResource: Record<string, number | undefined> = {
    units: spareUnitId,
    users: spareUserId,
    companies: own.company,
    filings: own.filing,
    leads: own.lead,
    notices: own.notice,
    inspections: own.inspection,
    projects: own.project,
    blockers: own.blocker,
    visits: own.visit,
    events: own.event,
    catalogue: own.entry,
    sites: own.site,
    carriers: own.carrier,
    iur: own.iur,
    evidence: own.evidence,
  };
  return { id: byResource[resource] ?? 999_999, projectId: own.project, year: 2021, month: 6 };
}

beforeAll(async () => {
  env = await createTestEnv();
  routes = await openApiRoutes(env.app);
  const unit = await buildUnit(env.database, { kind: 'county', name: uniq('本单位') });
  unitId = unit.id;
  spareUnitId = (await buildUnit(env.database)).id;
  spareUserId = (await buildUser(env.database)).id;
  for (const role of ROLES) {
    const user = await buildUser(env.database, { role, unitId });
    sessions[role] = await login(env.app, user.username);
  }
  const otherUnit = await buildUnit(env.database, { kind: 'county', name: uniq('别单位') });
  for (const role of ['unit_staff', 'unit_manager'] as const) {
    const user = await buildUser(env.database, { role, unitId: otherUnit.id });
    outsiders[role] = await login(env.app, user.username);
  }
  const clerk = sessions.unit_staff;
  const office = sessions.office;
  own.company = await create(clerk, 'POST /api/v1/companies', { name: uniq('测试科技有限公司') });
  own.project = await recordProject(env, clerk, unitId);
  own.lead = await create(clerk, 'POST /api/v1/leads', { companyId: own.company, source: 'visit' });
  own.filing = await create(clerk, 'POST /api/v1/filings', { companyId: own.company });
  own.blocker = await create(clerk, 'POST /api/v1/projects/{id}/blockers', {
    responsibleUnitId: unitId,
    dueOn: plusDays(30),
  });
  own.notice = await create(office, 'POST /api/v1/notices', { unitId, items: [] });
  own.inspection = await create(office, 'POST /api/v1/inspections', {
    unitId,
    checkedOn: plusDays(-3),
    dueOn: plusDays(7),
  });
  own.visit = await create(clerk, 'POST /api/v1/visits', { unitId, visitedOn: plusDays(-1) });
  own.event = await create(clerk, 'POST /api/v1/events', { organiserUnitIds: [unitId] });
  own.entry = await create(clerk, 'POST /api/v1/catalogue', { hostUnitId: unitId });
  own.site = await create(clerk, 'POST /api/v1/sites', { ownerUnitId: unitId, areaMu: '50' });
  own.carrier = await create(clerk, 'POST /api/v1/carriers', {
    hostUnitId: unitId,
    kind: 'incubator',
    level: 'national',
  });
  own.evidence = (await send(clerk, routeOf('POST /api/v1/projects/{id}/evidence'), { id: own.project })).json().id;
  own.iur = await create(clerk, 'POST /api/v1/iur', { unitId, kind: 'other', partnerText: '某研究院' });
});
afterAll(() => env.close());

const errorOf = (res: LightMyRequestResponse) => `${res.statusCode} ${res.json().code ?? ''}`;

describe('authorisation over every route', () => {
  it('every route of the OpenAPI document names its action of the policy table, and every action named is a route', () => {
    const keys = routes.map((r) => r.key);
    expect(
      keys.filter((k) => !(k in ROUTE_ACTIONS)),
      'routes without an action',
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_ACTIONS).filter((k) => !keys.includes(k)),
      'actions of no route',
    ).toEqual([]);
    expect(keys.length).toBe(198);
  });

  it('without a session every route but the login answers 401', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      if (ROUTE_ACTIONS[route.key] === 'public') continue;
      const res = await send(null, route, idsOf(route));
      if (res.statusCode !== 401) wrong.push(`${route.key}: ${errorOf(res)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('each role: 403 for a route whose action it lacks, never 401 or 403 where it has it', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const action = ROUTE_ACTIONS[route.key]!;
      if (action === 'public' || route.key === 'POST /api/v1/auth/logout' || route.key === 'POST /api/v1/auth/password')
        continue;
      const denied = ROLES.filter((role) => action !== 'signedIn' && !roleMay(role, action));
      const allowed = ROLES.filter((role) => !denied.includes(role));
      for (const role of [...denied, ...allowed]) {
        const res = await send(sessions[role], route, idsOf(route));
        const ok = denied.includes(role) ? res.statusCode === 403 : res.statusCode !== 401 && res.statusCode !== 403;
        if (!ok) wrong.push(`${route.key} as ${role}: ${errorOf(res)} ${res.statusCode < 500 ? '' : res.body}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
