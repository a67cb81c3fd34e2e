import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminUrl, openTestDatabase, testDatabaseUrl } from '../../test/test-db.ts';
import { assertUtf8, ctypeProblem, openDatabase, queryRows } from './client.ts';

describe('start-up refuses a database without a UTF-8 ctype', () => {
  it('accepts the UTF-8 database the tests run on', async () => {
    const db = await openTestDatabase();
    await expect(assertUtf8(db.db)).resolves.toBeUndefined();
    await db.close();
  });

  it('explains the refusal and how to recreate the database', () => {
    expect(ctypeProblem('C.UTF-8', 'UTF8')).toBeNull();
    expect(ctypeProblem('en_US.utf8', 'UTF8')).toBeNull();
    const problem = ctypeProblem('C', 'UTF8')!;
    expect(problem.message).toContain('数据库的字符类型为 C（编码 UTF8），不是 UTF-8：中文模糊检索需要 UTF-8。');
    expect(problem.message).toContain("LC_CTYPE 'C.UTF-8'");
    expect(problem.wording('en')).toContain(
      "The database's ctype is C (encoding UTF8), not UTF-8: Chinese fuzzy search needs it. Recreate it with CREATE DATABASE",
    );
    expect(ctypeProblem('C', 'SQL_ASCII')!.message).toContain('编码 SQL_ASCII');
  });

  it('on the PostgreSQL run, a real C-ctype database is refused (on PGlite, whose ctype is fixed, its own is accepted)', async () => {
    const url = testDatabaseUrl();
    if (!url) {
      const db = await openDatabase({});
      const [row] = await queryRows<{ datctype: string }>(
        db.db,
        sql`select datctype from pg_database where datname = current_database()`,
      );
      expect(row!.datctype).toBe('C.UTF-8');
      await db.close();
      return;
    }
    const admin = await openDatabase({ databaseUrl: adminUrl(url) });
    await admin.db.execute(sql.raw('drop database if exists zs_test_c_ctype'));
    await admin.db.execute(
      sql.raw("create database zs_test_c_ctype template template0 encoding 'SQL_ASCII' lc_ctype 'C' lc_collate 'C'"),
    );
    const u = new URL(url);
    u.pathname = '/zs_test_c_ctype';
    const c = await openDatabase({ databaseUrl: u.toString() });
    await expect(assertUtf8(c.db)).rejects.toThrow('数据库的字符类型为 C（编码 SQL_ASCII），不是 UTF-8');
    await c.close();
    await admin.db.execute(sql.raw('drop database zs_test_c_ctype'));
    await admin.close();
  });
});
