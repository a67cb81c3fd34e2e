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
/** The ids of the records of the unit every role's user belongs to, by kind. */
const own = {} as Record<string, number>;
let unitId: number;
let spareUnitId: number;
let spareUserId: number;

/** A request a user may make of the route: a sample body (or a small file) with the records' ids. */
const send = (session: Session | null, route: ApiRoute, ids: Record<string, unknown>) => {
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
  return call(env.app, session, route.method, url, bodyOf(route));
};

const routeOf = (key: string) => routes.find((r) => r.key === key)!;

async function create(session: Session, key: string, over: Record<string, unknown>): Promise<number> {
  const route = routeOf(key);
  const res = await call(env.app, session, route.method, requestUrl(route, own), {
    ...(sampleValue(route.body!) as object),
    ...over,
  });
  expect(res.statusCode, `${key}: ${res.body}`).toBeLessThan(300);
  return res.json().id ?? res.json().filingId;
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
    dueOn: plusDays(30),
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
    expect(keys.length).toBe(200);
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

  it('the admin reads no audit trail', async () => {
    const audit = routes.filter((r) => r.path.startsWith('/api/v1/audit'));
    expect(audit.map((r) => r.key)).toEqual([
      'GET /api/v1/audit',
      'GET /api/v1/audit/actions',
      'GET /api/v1/audit/verify',
      'GET /api/v1/audit/export',
    ]);
    for (const route of audit) expect((await send(sessions.admin, route, {})).statusCode, route.key).toBe(403);
  });
});

describe('own unit and other unit', () => {
  /** Routes on a record another unit may not see: its users get the answer for an id that does not exist. */
  const HIDDEN = [
    'POST /api/v1/leads/{id}/progress',
    'PUT /api/v1/leads/{id}/event',
    'POST /api/v1/filings/{id}/renew',
    'GET /api/v1/notices/{id}',
    'POST /api/v1/notices/{id}/confirm',
    'POST /api/v1/inspections/{id}/rectification',
    'GET /api/v1/projects/{id}',
    'PUT /api/v1/projects/{id}',
    'POST /api/v1/projects/{id}/evidence',
    'GET /api/v1/evidence/{id}',
    'DELETE /api/v1/evidence/{id}',
    'PUT /api/v1/projects/{id}/milestones',
    'PUT /api/v1/projects/{id}/event',
    'POST /api/v1/projects/{id}/blockers',
    'GET /api/v1/projects/{id}/capital',
    'PUT /api/v1/projects/{id}/capital',
    'DELETE /api/v1/projects/{id}/capital/{year}/{month}',
    'POST /api/v1/blockers/{id}/resolve',
    'DELETE /api/v1/visits/{id}',
  ];
  /** Records shared city-wide: another unit reads them, and is refused (403) what only their unit may do. */
  const SHARED = {
    'GET /api/v1/companies/{id}': 200,
    'GET /api/v1/events/{id}': 200,
    'PUT /api/v1/events/{id}': 403,
    'POST /api/v1/events/{id}/guests/import': 403,
    'GET /api/v1/catalogue/{id}': 200,
    'PUT /api/v1/catalogue/{id}': 403,
    'POST /api/v1/catalogue/{id}/sign': 403,
    'PUT /api/v1/sites/{id}': 403,
    'POST /api/v1/sites/{id}/confirm': 403,
    'PUT /api/v1/carriers/{id}': 403,
    'PUT /api/v1/iur/{id}': 403,
  };
  const shape = (res: LightMyRequestResponse, id: unknown) =>
    `${res.statusCode} ${res.body.replaceAll(String(id), 'ID')}`;

  it("an id of another unit's record answers 404, as an id that does not exist (no existence leak)", async () => {
    const leaks: string[] = [];
    for (const key of HIDDEN) {
      const route = routeOf(key);
      const ids = idsOf(route);
      for (const role of ['unit_staff', 'unit_manager'] as const) {
        const res = await send(outsiders[role], route, ids);
        const missing = await send(outsiders[role], route, { ...ids, id: 999_998 });
        expect(missing.statusCode, `${key}: ${missing.body}`).toBe(404);
        if (shape(res, ids.id) !== shape(missing, 999_998)) leaks.push(`${key} as ${role}: ${shape(res, ids.id)}`);
        // The unit's own users reach the same record.
        if (role === 'unit_staff' && key.startsWith('GET')) {
          expect((await send(sessions.unit_staff, route, ids)).statusCode, key).toBe(200);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('a record shared city-wide is read by another unit, and changed only by its own', async () => {
    const answers: Record<string, number> = {};
    for (const key of Object.keys(SHARED)) {
      const route = routeOf(key);
      answers[key] = (await send(outsiders.unit_staff, route, idsOf(route))).statusCode;
    }
    expect(answers).toEqual(SHARED);
  });

  it("every route on a record's id is in one of the two lists, or is not unit-scoped", () => {
    const scoped = routes
      .filter((r) => r.pathParams.length && idsOf(r).id !== 999_999)
      .map((r) => r.key)
      .filter((k) => !HIDDEN.includes(k) && !(k in SHARED));
    expect(scoped).toEqual([
      'PATCH /api/v1/units/{id}',
      'PATCH /api/v1/users/{id}',
      'POST /api/v1/users/{id}/password',
      'POST /api/v1/users/{id}/unlock',
      'GET /api/v1/users/{id}/secondments',
      'POST /api/v1/users/{id}/secondments',
      'POST /api/v1/inspections/{id}/close',
      'PUT /api/v1/companies/{id}/chain',
    ]);
  });
});

// Last: the roles that may take an action take it, and change the records the tests above read.
describe('every role on every route', () => {
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
    // About 1,400 requests: 19–23 s in a whole CI run, so more than the default 30 s when the machine is busy.
  }, 120_000);
});
