import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openCliDatabase, useCliEnvironment, zs } from '../../test/cli-harness.ts';
import { TEMPLATE_DUMP } from '../../test/test-db.ts';
import { openDatabase, queryRows } from '../db/client.ts';
import { draftBulletin } from '../modules/bulletins/bulletins.service.ts';
import { cliContext } from './runtime.ts';

/**
 * A real `kill -9` of the process writing, at a moment the write is in progress: an import of
 * 100,000 companies, a bulletin's publication (through `serve`) and a restore. After each, the
 * database opens, nothing is half-written and the audit chain verifies.
 *
 * Where the write is stopped: on PostgreSQL the test holds the audit chain's head row, so the
 * import and the publication wait after their rows are written and before their audit record and
 * commit; the restore waits on a table the test reads, inside pg_restore's single transaction.
 * On PGlite (the database inside the killed process) the import is killed once the companies'
 * table file on disk has grown past 1 MB, the restore once its staging copy exists, and the
 * publication as soon as the database's write-ahead log changes after the request was sent —
 * there a publication of a few milliseconds usually commits first, so it is all or none.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const BIN = path.join(root, 'apps/server/bin/zhaoshang.mjs');
const ROWS = 100_000;
const OFFICE_INITIAL = 'Crash-Initial-2024!';
const OFFICE_PASSWORD = 'Crash-Changed-2024!';
const PROJECTS = [
  '项目名称,投资方,统一社会信用代码,招引单位,承载地,产业链,符合产业定位,协议投资(万元),外资(万美元),投资方类型,签约日期,合同日期,注册日期,达到开工条件日期,开工日期,竣工日期,投产日期,状态,备注',
  '崩溃测试项目,,,崩溃县,崩溃县,新能源,是,20000,,,2025-03-10,,,,,,,在建,',
].join('\n');

const env = useCliEnvironment('crash');

const running = new Set<ChildProcess>();
// A failed test leaves no process behind.
afterAll(() => {
  for (const child of running) process.kill(-child.pid!, 'SIGKILL');
});

/** A child running the command line in its own process group, so that kill -9 takes pg_restore with it. */
function cli(args: string[], extra: NodeJS.ProcessEnv = {}) {
  let out = '';
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: root,
    env: { ...process.env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  return { child, exited, output: () => out };
}

async function kill9(p: ReturnType<typeof cli>) {
  process.kill(-p.child.pid!, 'SIGKILL');
  return p.exited;
}

/** Polls `check` every 10 ms until it is truthy; fails with what the child printed if it ends first. */
async function until<T>(what: string, check: () => Promise<T> | T, child?: ReturnType<typeof cli>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (child && child.child.exitCode !== null) throw new Error(`${what}: the process ended first:\n${child.output()}`);
    if (Date.now() > deadline) throw new Error(`${what}: not within 60 s\n${child?.output() ?? ''}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * On PostgreSQL: two connections of the test's own, one to hold locks, one to watch the others
 * (pg_stat_activity is read once per transaction, and the holder sits in one).
 */
async function watcher() {
  const client = new pg.Client({ connectionString: env.databaseUrl! });
  const watch = new pg.Client({ connectionString: env.databaseUrl! });
  await client.connect();
  await watch.connect();
  const others = `a.datname = current_database() and a.pid not in (${[client, watch].map((c) => (c as unknown as { processID: number }).processID).join(', ')})`;
  /** A connection waiting for a lock at a statement like `pattern`, having locked `holding` (the write's own table). */
  const waiting = async (pattern: string, holding?: string) =>
    (
      await watch.query<{ pid: number }>(
        `select a.pid from pg_stat_activity a where ${others} and a.wait_event_type = 'Lock' and a.query ilike $1
           and ($2::text is null or exists (select 1 from pg_locks l
             where l.pid = a.pid and l.granted and l.relation = to_regclass($2)))`,
        [pattern, holding ?? null],
      )
    ).rows[0]?.pid;
  /** Waits until no other connection is left on the database (the killed one's backend has rolled back). */
  const alone = () =>
    until('the killed process’s connection to end', async () => {
      const { rows } = await watch.query(`select 1 from pg_stat_activity a where ${others}`);
      return rows.length === 0;
    });
  return { client, watch, waiting, alone };
}

async function look<T>(query: ReturnType<typeof sql>) {
  const db = await openCliDatabase(env);
  try {
    return await queryRows<T>(db.db, query);
  } finally {
    await db.close();
  }
}

async function auditVerifies() {
  const r = await zs('audit', 'verify', '--json');
  expect(JSON.parse(r.out)).toMatchObject({ ok: true });
  expect(r.code).toBe(0);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

describe('kill -9 mid-write', () => {
  it('an import of 100,000 rows, a publication and a restore, each killed while writing, leave all or nothing', {
    timeout: 180_000,
  }, async () => {
    const onPg = env.databaseUrl !== null;
    const pgdata = path.join(env.dataDir, 'pgdata');
    // The embedded database starts from the suite's migrated template (a fresh migration costs ~10 s).
    if (onPg) expect((await zs('migrate')).code).toBe(0);
    else
      await (
        await openDatabase({ pgliteDir: pgdata, loadDataDir: new Blob([fs.readFileSync(TEMPLATE_DUMP)]) })
      ).close();
    for (const argv of [
      ['unit', 'add', '--name', '崩溃县', '--kind', 'county'],
      ['unit', 'add', '--name', '崩溃办', '--kind', 'office'],
      [
        'user',
        'add',
        '--username',
        'crashoffice',
        '--password',
        OFFICE_INITIAL,
        '--role',
        'office',
        '--unit',
        '崩溃办',
      ],
    ])
      expect((await zs(...argv)).code).toBe(0);
    const projects = path.join(env.dataDir, 'projects.csv');
    fs.writeFileSync(projects, PROJECTS);
    expect((await zs('import', 'projects', projects)).code).toBe(0);
    const backupFile = path.join(env.dataDir, onPg ? 'before.dump' : 'before.tar.gz');
    expect((await zs('backup', backupFile)).code).toBe(0);
    // Made after the backup: present before the restore, so a restore cut short must keep it.
    expect((await zs('unit', 'add', '--name', '备份后新增单位', '--kind', 'county')).code).toBe(0);

    const lines = ['企业名称,统一社会信用代码'];
    for (let i = 0; i < ROWS; i++) lines.push(`崩溃测试${i}号科技有限公司,`);
    const csv = path.join(env.dataDir, 'companies.csv');
    fs.writeFileSync(csv, `${lines.join('\n')}\n`);
    const counts = () =>
      look<{ companies: number; imports: number; units: number; bulletins: number }>(sql`select
        (select count(*)::int from companies) as companies,
        (select count(*)::int from audit_log where action = 'company.import') as imports,
        (select count(*)::int from units) as units,
        (select count(*)::int from bulletins) as bulletins`);
    const before = (await counts())[0]!;
    expect(before).toMatchObject({ companies: 0, imports: 0, bulletins: 0 });

    const w = onPg ? await watcher() : null;
    try {
      // (a) The import, killed with its rows written and not committed.
      const companiesFile = onPg
        ? ''
        : path.join(pgdata, (await look<{ f: string }>(sql`select pg_relation_filepath('companies') as f`))[0]!.f);
      if (w) await w.client.query('begin; select * from audit_head where id = 1 for update');
      const importing = cli(['import', 'companies', csv]);
      if (w) {
        await until('the import to wait for the audit head', () => w.waiting('%audit_head%', 'companies'), importing);
        // Its 100,000 rows are in the table's file, uncommitted: the moment a crash would cut them in half.
        const { rows } = await w.client.query(`select pg_relation_size('companies')::int as bytes`);
        expect(rows[0].bytes).toBeGreaterThan(1 << 20);
      } else {
        await until('the import to write its rows', () => fs.statSync(companiesFile).size > 1 << 20, importing);
      }
      expect((await kill9(importing)).signal).toBe('SIGKILL');
      if (w) {
        await w.client.query('rollback');
        await w.alone();
      }
      expect((await counts())[0]).toEqual(before);
      await auditVerifies();

      // (b) The publication of a drafted bulletin, through the server, killed mid-way.
      const drafted = await (async () => {
        const db = await openCliDatabase(env);
        try {
          const { id } = await draftBulletin(db, cliContext('crash test'), { year: 2025, month: 3 });
          const [b] = await queryRows<{ version: number }>(db.db, sql`select version from bulletins where id = ${id}`);
          return { id, version: b!.version };
        } finally {
          await db.close();
        }
      })();
      const port = await freePort();
      const server = cli(['serve'], { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
      await until('serve to start', () => server.output().includes('招商引资协同平台已启动'), server);
      const base = `http://127.0.0.1:${port}/api/v1`;
      const login = async (password: string) => {
        const res = await fetch(`${base}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'crashoffice', password }),
        });
        expect(res.status).toBe(200);
        const cookie = res.headers
          .getSetCookie()
          .find((c) => c.startsWith('zs_session='))!
          .split(';')[0]!;
        return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
      };
      const first = await login(OFFICE_INITIAL);
      const changed = await fetch(`${base}/auth/password`, {
        method: 'POST',
        headers: { ...first, 'content-type': 'application/json' },
        body: JSON.stringify({ currentPassword: OFFICE_INITIAL, newPassword: OFFICE_PASSWORD }),
      });
      expect(changed.status).toBeLessThan(300);
      const session = await login(OFFICE_PASSWORD);
      if (w) await w.client.query('begin; select * from audit_head where id = 1 for update');
      const wal = path.join(pgdata, 'pg_wal');
      let walChanged = false;
      const walWatch = onPg ? null : fs.watch(wal, () => (walChanged = true));
      let answered = false;
      const publishing = fetch(`${base}/bulletins/${drafted.id}/publish`, {
        method: 'POST',
        headers: { ...session, 'content-type': 'application/json' },
        body: JSON.stringify({ version: drafted.version }),
      }).then(
        (r) => {
          answered = true;
          return r.status;
        },
        () => 'no answer',
      );
      if (w)
        await until('the publication to wait for the audit head', () => w.waiting('%audit_head%', 'bulletins'), server);
      else await until('the publication to write', () => walChanged || answered, server);
      expect((await kill9(server)).signal).toBe('SIGKILL');
      walWatch?.close();
      const answer = await publishing;
      if (w) {
        expect(answer).toBe('no answer');
        await w.client.query('rollback');
        await w.alone();
      }
      const [bulletin] = await look<{ status: string; issue_number: number | null; snapshot_hash: string | null }>(
        sql`select status, issue_number, snapshot_hash from bulletins where id = ${drafted.id}`,
      );
      const publishRecords = await look<{ n: number }>(
        sql`select count(*)::int as n from audit_log where action = 'bulletin.publish'`,
      );
      // All or none: published with its number, seal and audit record, or still a draft without them.
      const outcome = bulletin!.status === 'published' ? 'all' : 'none';
      console.log(`publication killed on ${onPg ? 'PostgreSQL' : 'PGlite'}: ${outcome} (answer: ${answer})`);
      if (outcome === 'all') {
        expect(bulletin).toMatchObject({ status: 'published', issue_number: 1 });
        expect(bulletin!.snapshot_hash).toMatch(/^[0-9a-f]{64}$/);
        expect(publishRecords[0]!.n).toBe(1);
      } else {
        expect(bulletin).toEqual({ status: 'draft', issue_number: null, snapshot_hash: null });
        expect(publishRecords[0]!.n).toBe(0);
      }
      if (onPg) expect(outcome).toBe('none');
      await auditVerifies();

      // (c) The restore of the backup, killed mid-way: the data is the one before it, complete.
      const beforeRestore = (await counts())[0]!;
      expect(beforeRestore).toMatchObject({ companies: 0, units: before.units });
      if (w) await w.client.query('begin; select count(*) from audit_log');
      const restoring = cli(['restore', backupFile]);
      if (w) {
        const pid = await until('pg_restore to wait for a table', () => w.waiting('%'), restoring);
        // pg_restore has already dropped or replaced something inside its transaction.
        const { rows } = await w.watch.query(
          `select count(*)::int as n from pg_locks where pid = $1 and granted and mode = 'AccessExclusiveLock'`,
          [pid],
        );
        expect(rows[0].n).toBeGreaterThan(0);
      } else {
        await until('the restore to build its copy', () => fs.existsSync(`${pgdata}.restoring`), restoring);
      }
      expect((await kill9(restoring)).signal).toBe('SIGKILL');
      if (w) {
        await w.client.query('rollback');
        await w.alone();
      }
      await auditVerifies();
      expect((await counts())[0]).toEqual(beforeRestore);
      expect(await look(sql`select name from units where name = '备份后新增单位'`)).toEqual([
        { name: '备份后新增单位' },
      ]);
      if (!onPg) expect(fs.readdirSync(env.dataDir).filter((f) => f.startsWith('pgdata'))).toEqual(['pgdata']);
    } finally {
      await w?.client.end();
      await w?.watch.end();
    }
  });
});
