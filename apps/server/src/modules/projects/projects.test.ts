import { createHash } from 'node:crypto';
import { addMonths, shanghaiDate } from '@zhaoshang/shared';
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
  uploadFile,
} from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { createCompany } from '../companies/companies.service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const today = shanghaiDate();
const daysAgo = (n: number) => new Date(Date.parse(today) - n * 86_400_000).toISOString().slice(0, 10);

/** A county with a clerk, logged in. */
async function county(
  kind: 'county' | 'office' | 'resident_bureau' = 'county',
  role: 'unit_staff' | 'office' | 'leader' = 'unit_staff',
) {
  const unit = await buildUnit(env.database, { kind, name: uniq(kind === 'county' ? '测试县' : '测试单位') });
  const user = await buildUser(env.database, { role, unitId: unit.id });
  return { unit, user, session: await login(env.app, user.username) };
}

function body(hostUnitId: number, over: Record<string, unknown> = {}) {
  return {
    name: uniq('测试项目'),
    companyId: null,
    hostUnitId,
    sourceUnitIds: [hostUnitId],
    chain: '新能源',
    fitsPositioning: true,
    agreedWan: '50000',
    stages: { signed: daysAgo(100), contracted: daysAgo(90) },
    ...over,
  };
}

async function create(session: Session, b: Record<string, unknown>) {
  const res = await call(env.app, session, 'POST', '/api/v1/projects', b);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

describe('recording a project', () => {
  it('a county clerk records a project with its stages; the page shows the timeline, facts and history', async () => {
    const a = await county();
    const investor = await createCompany(env.database, systemCtx, { name: `${uniq('澜江测试投资')}有限公司` });
    const id = await create(
      a.session,
      body(a.unit.id, {
        name: '锂电池正极材料项目',
        companyId: investor.id,
        agreedWan: '123456.7891',
        foreignUsdWan: '500.5',
        stages: { signed: daysAgo(60), registered: daysAgo(40), started: daysAgo(10) },
      }),
    );
    const page = await call(env.app, a.session, 'GET', `/api/v1/projects/${id}`);
    expect(page.statusCode).toBe(200);
    const p = page.json();
    expect(p.project).toMatchObject({
      name: '锂电池正极材料项目',
      company: { id: investor.id, name: investor.name },
      agreedWan: '123456.7891',
      foreignUsdWan: '500.5',
      stage: 'started',
      status: 'active',
      major: true,
      version: 1,
      hostUnit: { id: a.unit.id },
      sourceUnits: [{ id: a.unit.id, name: a.unit.name }],
    });
    expect(p.timeline.map((s: { stage: string; date: string | null }) => [s.stage, s.date])).toEqual([
      ['signed', daysAgo(60)],
      ['contracted', null],
      ['registered', daysAgo(40)],
      ['ready', null],
      ['started', daysAgo(10)],
      ['completed', null],
      ['producing', null],
    ]);
    expect(p.canEdit).toBe(true);
    expect(p.history).toHaveLength(1);
    expect(p.history[0]).toMatchObject({ kind: 'created', user: '测试用户' });
    const [stored] = await queryRows<{ agreed_yuan: string }>(
      env.database.db,
      sql`select agreed_yuan::text from projects where id = ${id}`,
    );
    expect(stored!.agreed_yuan).toBe('1234567891');
    const audit = await queryRows<{ action: string }>(
      env.database.db,
      sql`select action from audit_log where entity_type = 'project' and entity_id = ${String(id)}`,
    );
    expect(audit.map((r) => r.action)).toEqual(['project.create']);
  });

  it('refuses stage dates out of order or in the future, unknown units and a terminated project without a reason, writing nothing', async () => {
    const a = await county();
    const before = await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from projects`);
    const cases: [Record<string, unknown>, number, string, unknown][] = [
      [
        { stages: { signed: daysAgo(30), ready: daysAgo(10), started: daysAgo(20) } },
        400,
        'STAGE_DATES_INVALID',
        [{ path: 'stages.started', message: `开工日期 ${daysAgo(20)} 早于达到开工条件日期 ${daysAgo(10)}` }],
      ],
      [
        { stages: { signed: addMonths(today, 1) } },
        400,
        'STAGE_DATES_INVALID',
        [{ path: 'stages.signed', message: `签约日期 ${addMonths(today, 1)} 晚于今天，不能预填将来的日期` }],
      ],
      [
        { stages: { signed: daysAgo(10), completed: daysAgo(4), producing: daysAgo(9) } },
        400,
        'STAGE_DATES_INVALID',
        [{ path: 'stages.producing', message: `投产日期 ${daysAgo(9)} 早于竣工日期 ${daysAgo(4)}` }],
      ],
      [
        { stages: { contracted: daysAgo(5) } },
        400,
        'STAGE_DATES_INVALID',
        [{ path: 'stages.contracted', message: '尚未签约的项目不能填写合同日期，请先填写签约日期' }],
      ],
      [
        { sourceUnitIds: [a.unit.id, 999999] },
        400,
        'VALIDATION_FAILED',
        [{ path: 'sourceUnitIds', message: '招引单位（单位编号 999999）不存在或已停用' }],
      ],
      [
        { status: 'terminated' },
        400,
        'VALIDATION_FAILED',
        [{ path: 'statusReason', message: '终止项目须填写终止原因' }],
      ],
      [
        { agreedWan: '5亿' },
        400,
        'VALIDATION_FAILED',
        [{ path: 'agreedWan', message: '金额应为不带单位的数字（万元），最多四位小数' }],
      ],
    ];
    for (const [over, status, code, issues] of cases) {
      const res = await call(env.app, a.session, 'POST', '/api/v1/projects', body(a.unit.id, over));
      expect(res.statusCode, JSON.stringify(over)).toBe(status);
      expect(res.json().code).toBe(code);
      expect(res.json().details.issues).toEqual(issues);
    }
    const after = await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from projects`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('a unit cannot record a project it neither hosts nor sourced, and cannot see another county’s projects', async () => {
    const a = await county();
    const b = await county();
    const refused = await call(env.app, b.session, 'POST', '/api/v1/projects', body(a.unit.id));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('只能登记本单位作为承载地或招引单位的项目');
    const id = await create(a.session, body(a.unit.id));
    expect((await call(env.app, b.session, 'GET', `/api/v1/projects/${id}`)).statusCode).toBe(404);
    const listB = await call(env.app, b.session, 'GET', '/api/v1/projects?pageSize=200');
    expect(listB.json().items.map((p: { id: number }) => p.id)).not.toContain(id);
    const office = await county('office', 'office');
    const listOffice = await call(env.app, office.session, 'GET', `/api/v1/projects?unitId=${a.unit.id}`);
    expect(listOffice.json().items.map((p: { id: number }) => p.id)).toContain(id);
  });
});

describe('editing', () => {
  it('a save against a stale version answers 409 with what the other person changed, and overwrites nothing', async () => {
    const a = await county();
    const colleague = await buildUser(env.database, { unitId: a.unit.id, displayName: '李四' });
    const other = await login(env.app, colleague.username);
    const b = body(a.unit.id);
    const id = await create(a.session, b);
    const first = await call(env.app, other, 'PUT', `/api/v1/projects/${id}`, { ...b, version: 1, agreedWan: '60000' });
    expect(first.json()).toEqual({ id, version: 2, corrections: [] });
    const stale = await call(env.app, a.session, 'PUT', `/api/v1/projects/${id}`, { ...b, version: 1, chain: '食品' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CONFLICT_VERSION',
      message: '项目已被李四修改（第 2 版），请查看改动后再保存',
      details: { currentVersion: 2 },
    });
    expect(stale.json().details.changes).toHaveLength(1);
    expect(stale.json().details.changes[0].changes.fields).toEqual({ agreedYuan: ['500000000', '600000000'] });
    const [row] = await queryRows<{ chain: string; agreed_yuan: string }>(
      env.database.db,
      sql`select chain, agreed_yuan::text from projects where id = ${id}`,
    );
    expect(row).toEqual({ chain: '新能源', agreed_yuan: '600000000' });
  });

  it('changing a stage date inside a published bulletin’s period needs a reason and is recorded as a correction', async () => {
    const a = await county();
    const signed = '2021-03-15';
    const b = body(a.unit.id, { stages: { signed } });
    const id = await create(a.session, b);
    await env.database.db.execute(sql`insert into bulletins (year, month, period_from, period_to, status, issue_number, snapshot, snapshot_hash)
      values (2021, 3, '2021-01-01', '2021-03-31', 'published', 3, '{}'::jsonb, 'x') on conflict do nothing`);
    const [bulletin] = await queryRows<{ id: number }>(
      env.database.db,
      sql`select id from bulletins where year = 2021 and month = 3`,
    );
    const change = { ...b, version: 1, stages: { signed, contracted: '2021-03-20' } };
    const refused = await call(env.app, a.session, 'PUT', `/api/v1/projects/${id}`, change);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'CORRECTION_REASON_REQUIRED',
      message: '2021年第3期通报已发布，修改其统计期内的阶段日期须填写更正原因',
    });
    const done = await call(env.app, a.session, 'PUT', `/api/v1/projects/${id}`, {
      ...change,
      correctionReason: '合同扫描件补录，原漏报',
    });
    expect(done.json()).toEqual({ id, version: 2, corrections: [bulletin!.id] });
    const page = (await call(env.app, a.session, 'GET', `/api/v1/projects/${id}`)).json();
    expect(page.history[0]).toMatchObject({
      kind: 'correction',
      reason: '合同扫描件补录，原漏报',
      correctionOfBulletinId: bulletin!.id,
      changes: { version: 2, fields: { contractedOn: [null, '2021-03-20'] } },
    });
    // A date outside every published period is an ordinary edit.
    const plain = await call(env.app, a.session, 'PUT', `/api/v1/projects/${id}`, {
      ...change,
      version: 2,
      stages: { ...change.stages, registered: '2021-05-01' },
    });
    expect(plain.json()).toEqual({ id, version: 3, corrections: [] });
  });
});

describe('evidence files', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
  const upload = (session: Session, id: number, name: string, bytes: Buffer, stage = 'contracted') =>
    uploadFile(env.app, session, `/api/v1/projects/${id}/evidence?stage=${stage}`, bytes, name);

  it('stores a scan by its SHA-256 and serves it as an attachment only to those who may see the project', async () => {
    const a = await county();
    const b = await county();
    const id = await create(a.session, body(a.unit.id));
    const res = await upload(a.session, id, '合同扫描件.pdf', pdf);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      sha256: createHash('sha256').update(pdf).digest('hex'),
      contentType: 'application/pdf',
    });
    const download = await call(env.app, a.session, 'GET', `/api/v1/evidence/${res.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('合同扫描件.pdf')}`,
    );
    expect((await call(env.app, b.session, 'GET', `/api/v1/evidence/${res.json().id}`)).statusCode).toBe(404);
    const page = (await call(env.app, a.session, 'GET', `/api/v1/projects/${id}`)).json();
    expect(page.evidence).toMatchObject([{ stage: 'contracted', fileName: '合同扫描件.pdf', sizeBytes: pdf.length }]);
    expect(page.timeline[1]).toMatchObject({ stage: 'contracted', evidenceCount: 1 });
  });

  it('refuses an executable renamed .pdf, a path in the name and a file over 20 MB, storing nothing', async () => {
    const a = await county();
    const id = await create(a.session, body(a.unit.id));
    const exe = await upload(a.session, id, '合同.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: '“合同.pdf”的内容不是 PDF、图片（JPG/PNG）或 Office 文档，已拒绝（按文件内容判断，不看扩展名）',
    });
    const traversal = await upload(a.session, id, '../../etc/passwd.pdf', pdf);
    expect(traversal.statusCode).toBe(400);
    expect(traversal.json().message).toBe('文件名不能包含路径（/、\\ 或 ..）');
    const big = await upload(a.session, id, '大文件.pdf', Buffer.concat([pdf, Buffer.alloc(21 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: '文件超过 20 MB 上限' });
    const [n] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from project_evidence where project_id = ${id}`,
    );
    expect(n!.n).toBe(0);
  });
});

describe('the project list', () => {
  it('filters, sorts and pages, and exports what it shows', async () => {
    const a = await county();
    const chain = uniq('链');
    const ids = [];
    for (const [i, over] of [
      [0, { agreedWan: '100000', stages: { signed: '2022-01-10', started: '2022-05-01' } }],
      [1, { agreedWan: '5000', stages: { signed: '2022-02-10' }, status: 'stalled', statusReason: '资金未到位' }],
      [2, { agreedWan: '200000', stages: { signed: '2023-03-10', contracted: '2023-03-20' } }],
    ] as const) {
      ids[i] = await create(a.session, body(a.unit.id, { chain, ...over }));
    }
    const list = async (q: string) =>
      (await call(env.app, a.session, 'GET', `/api/v1/projects?chain=${encodeURIComponent(chain)}&${q}`)).json();
    expect((await list('sort=signedOn&desc=true')).items.map((p: { id: number }) => p.id)).toEqual([
      ids[2],
      ids[1],
      ids[0],
    ]);
    expect((await list('sort=agreed&desc=false')).items.map((p: { id: number }) => p.id)).toEqual([
      ids[1],
      ids[0],
      ids[2],
    ]);
    expect((await list('majorOnly=true')).items.map((p: { id: number }) => p.id)).toEqual([ids[2], ids[0]]);
    expect((await list('stalled=true')).items.map((p: { id: number }) => p.id)).toEqual([ids[1]]);
    expect((await list('stage=started')).items.map((p: { id: number }) => p.id)).toEqual([ids[0]]);
    // A unit's projects in a stage come from that unit's index keys: each stage finds exactly its own.
    const office = await county('office', 'office');
    for (const [stage, expected] of [
      ['signed', [ids[1]]],
      ['contracted', [ids[2]]],
      ['ready', []],
      ['started', [ids[0]]],
      ['producing', []],
    ] as const) {
      expect(
        (await list(`stage=${stage}`)).items.map((p: { id: number }) => p.id),
        stage,
      ).toEqual(expected);
      const byOffice = await call(
        env.app,
        office.session,
        'GET',
        `/api/v1/projects?unitId=${a.unit.id}&stage=${stage}`,
      );
      expect(
        byOffice.json().items.map((p: { id: number }) => p.id),
        `office ${stage}`,
      ).toEqual(expected);
    }
    expect(
      (await list('signedFrom=2022-01-01&signedTo=2022-12-31&amountMinWan=6000')).items.map(
        (p: { id: number }) => p.id,
      ),
    ).toEqual([ids[0]]);
    expect((await list('missingEvidence=true')).total).toBe(3);
    const paged = await list('pageSize=2&page=2&sort=signedOn&desc=true');
    expect(paged).toMatchObject({ total: 3, majorThresholdWan: '100000' });
    expect(paged.items.map((p: { id: number }) => p.id)).toEqual([ids[0]]);
    const bad = await call(env.app, a.session, 'GET', '/api/v1/projects?amountMinWan=10&amountMaxWan=5');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual({ issues: [{ path: 'amountMaxWan', message: '金额上限小于下限' }] });

    // Statuses as a comma list: "not terminated" is what the chain map counts.
    const ended = await create(
      a.session,
      body(a.unit.id, { chain, stages: { signed: '2022-04-10' }, status: 'terminated', statusReason: '企业撤资' }),
    );
    const ofStatus = async (status: string) =>
      (await list(`status=${status}&sort=signedOn&desc=false`)).items.map((p: { id: number }) => p.id);
    expect(await ofStatus('active,stalled')).toEqual([ids[0], ids[1], ids[2]]);
    expect(await ofStatus('terminated')).toEqual([ended]);
    expect(await ofStatus('stalled,terminated')).toEqual([ids[1], ended]);
    const badStatus = await call(env.app, a.session, 'GET', '/api/v1/projects?status=active,closed');
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().details).toEqual({
      issues: [{ path: 'querystring.status', message: '状态无效（可选：在建、停滞、终止）' }],
    });
  });
});
