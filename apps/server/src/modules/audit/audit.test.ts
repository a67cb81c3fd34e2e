import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, call, createTestEnv, loginAs, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { verifyAuditChain } from './audit.service.ts';

let env: TestEnv;
let auditor: Awaited<ReturnType<typeof loginAs>>;
let admin: Awaited<ReturnType<typeof loginAs>>;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await loginAs(env, 'admin');
  auditor = await loginAs(env, 'auditor');
  await call(env.app, admin.session, 'POST', '/api/v1/units', { name: '审计测试县', kind: 'county' });
  await env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: admin.user.username, password: 'Wrong#pass123' },
  });
});
afterAll(() => env.close());

/** Tampering as a database superuser would: with triggers off for this session. */
async function tamper(statement: ReturnType<typeof sql>) {
  await env.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe('audit trail', () => {
  it('records logins, failed logins and writes, newest first, for the auditor only', async () => {
    const res = await call(env.app, auditor.session, 'GET', '/api/v1/audit?pageSize=200');
    expect(res.statusCode).toBe(200);
    const actions = res
      .json()
      .items.map((e: { action: string }) => e.action)
      .reverse();
    // Set-up: two units and users made directly, two logins over HTTP, then a unit and a failed login.
    expect(actions).toEqual([
      'unit.create',
      'user.create',
      'auth.login',
      'unit.create',
      'user.create',
      'auth.login',
      'unit.create',
      'auth.login_failed',
    ]);
    const failed = res.json().items.find((e: { action: string }) => e.action === 'auth.login_failed');
    expect(failed).toMatchObject({
      username: admin.user.username,
      outcome: 'failure',
      clientIp: '127.0.0.1',
      after: { reason: 'BAD_CREDENTIALS', failedLogins: 1 },
    });
    expect(failed.hash).toMatch(/^[0-9a-f]{64}$/);
    const forAdmin = await call(env.app, admin.session, 'GET', '/api/v1/audit');
    expect(forAdmin.statusCode).toBe(403);
    expect(forAdmin.json()).toEqual({
      code: 'FORBIDDEN',
      message: '没有权限执行此操作',
      details: { permission: 'audit.read' },
    });
  });

  it('filters by action, outcome, user and date', async () => {
    const byAction = (await call(env.app, auditor.session, 'GET', '/api/v1/audit?action=unit.create')).json();
    expect(byAction.total).toBe(3);
    expect(byAction.items[0]).toMatchObject({
      username: admin.user.username,
      after: { name: '审计测试县', kind: 'county' },
    });
    const failures = (await call(env.app, auditor.session, 'GET', '/api/v1/audit?outcome=failure')).json();
    expect(failures.total).toBe(1);
    const future = (await call(env.app, auditor.session, 'GET', '/api/v1/audit?from=2099-01-01')).json();
    expect(future).toEqual({ items: [], total: 0 });
    const actions = (await call(env.app, auditor.session, 'GET', '/api/v1/audit/actions')).json().items;
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed', 'unit.create', 'user.create']));
  });

  it('exports the filtered trail to xlsx, and the export itself is audited', async () => {
    const res = await call(env.app, auditor.session, 'GET', '/api/v1/audit/export?action=unit.create');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.getWorksheet('审计日志')!;
    expect(ws.getRow(1).getCell(5).text).toBe('操作');
    expect(ws.rowCount).toBe(4);
    expect(ws.getRow(2).getCell(5).text).toBe('unit.create');
    expect(ws.getRow(2).getCell(3).text).toBe(admin.user.username);
    expect(ws.getRow(2).getCell(8).text).toBe('成功');
    const exported = (await call(env.app, auditor.session, 'GET', '/api/v1/audit?action=audit.export')).json().items[0];
    expect(exported).toMatchObject({
      username: auditor.user.username,
      after: { filter: { action: 'unit.create' }, rows: 3 },
    });
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const refusal = (statement: ReturnType<typeof sql>) =>
      env.database.db.execute(statement).then(
        () => 'accepted',
        (e: Error & { cause?: Error }) => (e.cause ?? e).message,
      );
    expect(await refusal(sql`update audit_log set action = 'x' where id = 1`)).toBe(
      'audit_log is append-only: UPDATE refused',
    );
    expect(await refusal(sql`delete from audit_log where id = 1`)).toBe('audit_log is append-only: DELETE refused');
    expect(await refusal(sql`truncate audit_log`)).toBe('audit_log is append-only: TRUNCATE refused');
    expect((await verifyAuditChain(env.database)).ok).toBe(true);
  });

  it('verify finds the first altered record, then a deleted one, then a removed tail', async () => {
    const intact = await call(env.app, auditor.session, 'GET', '/api/v1/audit/verify');
    const total = intact.json().checked;
    expect(intact.json()).toEqual({ ok: true, checked: total, firstBroken: null });
    expect(total).toBeGreaterThan(6);

    await tamper(sql`update audit_log set after = '{"name":"改过的县"}' where action = 'unit.create'`);
    const altered = (
      await queryRows<Record<string, unknown>>(
        env.database.db,
        sql`select id from audit_log where action = 'unit.create'`,
      )
    )[0] as { id: string };
    const r1 = await verifyAuditChain(env.database);
    expect(r1).toEqual({
      ok: false,
      checked: Number(altered.id) - 1,
      firstBroken: { id: Number(altered.id), reason: 'altered' },
    });

    await tamper(sql`delete from audit_log where id >= ${Number(altered.id)} and id <= ${Number(altered.id) + 1}`);
    const r2 = await verifyAuditChain(env.database);
    expect(r2.firstBroken).toEqual({ id: Number(altered.id) + 2, reason: 'inserted_or_deleted' });
  });
});

describe('audit trail tail', () => {
  it('finds records removed from the end of the chain', async () => {
    const fresh = await createTestEnv();
    await buildUnit(fresh.database);
    await buildUnit(fresh.database);
    await fresh.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`delete from audit_log where id = 2`);
    });
    expect(await verifyAuditChain(fresh.database)).toEqual({
      ok: false,
      checked: 1,
      firstBroken: { id: 2, reason: 'tail_removed' },
    });
    await fresh.close();
  });
});

describe('audit trail forgery', () => {
  it('finds a record inserted behind the application: linked to the last one, but its hash is not the chain’s', async () => {
    const fresh = await createTestEnv();
    await buildUnit(fresh.database);
    const [last] = await queryRows<{ id: number; hash: string }>(
      fresh.database.db,
      sql`select id::int as id, hash from audit_log order by id desc limit 1`,
    );
    // A forger with database access appends a plausible record that points at the real last one.
    await fresh.database.db.execute(
      sql`insert into audit_log (id, at, username, action, outcome, prev_hash, hash)
          values (${last!.id + 1}, now(), 'admin', 'unit.delete', 'success', ${last!.hash}, ${'f'.repeat(64)})`,
    );
    expect(await verifyAuditChain(fresh.database)).toEqual({
      ok: false,
      checked: last!.id,
      firstBroken: { id: last!.id + 1, reason: 'altered' },
    });
    await fresh.close();
  });
});
