import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openCliDatabase, useCliEnvironment, zs } from '../../test/cli-harness.ts';

const cli = useCliEnvironment('main');

const openConfigured = () => openCliDatabase(cli);

describe('zhaoshang command line', () => {
  it('migrate creates the schema and nothing else', async () => {
    const r = await zs('migrate');
    expect(r).toEqual({ code: 0, out: '数据库已是最新结构', err: '' });
    expect(JSON.parse((await zs('unit', 'list', '--json')).out)).toEqual([]);
    // Not even the published holidays: they are seeded when the calendar is first needed.
    const database = await openConfigured();
    try {
      const rows = (await database.db.execute(
        sql`select (select count(*) from calendar_days)::int as days, (select count(*) from calendar_seeded_years)::int as years`,
      )) as unknown as { rows: { days: number; years: number }[] };
      expect(rows.rows).toEqual([{ days: 0, years: 0 }]);
    } finally {
      await database.close();
    }
    // Three opens of the embedded database, each seconds on a busy machine.
  }, 120_000);

  it('unit add builds a city; bad kinds, duplicates and unknown parents exit 1 and change nothing', async () => {
    expect((await zs('unit', 'add', '--name', '测试市领导小组办公室', '--kind', 'office')).out).toBe(
      '已新增单位 测试市领导小组办公室（领导小组办公室，编号 1）',
    );
    expect(
      (await zs('unit', 'add', '--name', '甲县', '--kind', 'county', '--parent', '测试市领导小组办公室')).code,
    ).toBe(0);
    const dup = await zs('unit', 'add', '--name', '甲县', '--kind', 'county');
    expect(dup.code).toBe(1);
    expect(dup.err).toBe('错误：已存在同名记录\n{"field":"name","name":"甲县"}');
    const badKind = await zs('unit', 'add', '--name', '乙省', '--kind', 'province');
    expect(badKind).toMatchObject({
      code: 1,
      err: '错误：单位类型 “province” 无效，可选：leading_group, office, resident_bureau, service_center, county, function_zone, department',
    });
    expect(await zs('unit', 'add', '--name', '乙省', '--kind', 'province', '--lang', 'en')).toMatchObject({
      code: 1,
      err: 'Error: No unit kind "province"; use one of: leading_group, office, resident_bureau, service_center, county, function_zone, department',
    });
    const orphan = await zs('unit', 'add', '--name', '丙县', '--kind', 'county', '--parent', '不存在的单位');
    expect(orphan.code).toBe(1);
    expect(orphan.err).toContain('找不到单位“不存在的单位”');
    const missing = await zs('unit', 'add', '--kind', 'county');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('缺少参数 --name');
    const list = JSON.parse((await zs('unit', 'list', '--json')).out);
    expect(list.map((u: { name: string; kind: string; parent: string | null }) => [u.name, u.kind, u.parent])).toEqual([
      ['测试市领导小组办公室', 'office', null],
      ['甲县', 'county', '测试市领导小组办公室'],
    ]);
  });

  it('user add creates a login; a weak password, a bad role or an unknown unit exit 1', async () => {
    const weak = await zs(
      'user',
      'add',
      '--username',
      'jia.clerk',
      '--password',
      'weak',
      '--role',
      'unit_staff',
      '--unit',
      '甲县',
    );
    expect(weak.code).toBe(1);
    expect(weak.err).toBe('错误：新密码不符合密码策略\n{"problems":["too_short","too_few_classes"]}');
    expect(
      (await zs('user', 'add', '--username', 'x.y', '--password', 'Good#Pass2026', '--role', 'root', '--unit', '甲县'))
        .code,
    ).toBe(1);
    expect(
      (
        await zs(
          'user',
          'add',
          '--username',
          'x.y',
          '--password',
          'Good#Pass2026',
          '--role',
          'unit_staff',
          '--unit',
          '乙县',
        )
      ).code,
    ).toBe(1);
    const ok = await zs(
      'user',
      'add',
      '--username',
      'jia.clerk',
      '--password',
      'Good#Pass2026',
      '--role',
      'unit_staff',
      '--unit',
      '甲县',
      '--json',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({
      username: 'jia.clerk',
      role: 'unit_staff',
      unit: { name: '甲县' },
      mustChangePassword: false,
    });
  });

  it('audit verify checks the chain of everything done so far', async () => {
    const r = await zs('audit', 'verify', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ ok: true, checked: 3, firstBroken: null });
  });

  it('demo loads the 1+6+8 city once; running it again adds nothing', async () => {
    const first = await zs('demo', '--json');
    const result = JSON.parse(first.out);
    expect(result.unitsCreated).toBe(26);
    expect(result.accounts.map((a: { username: string }) => a.username)).toEqual(['admin', 'auditor']);
    const again = JSON.parse((await zs('demo', '--json')).out);
    expect(again).toMatchObject({
      loaded: true,
      scope: 'units',
      unitsCreated: 0,
      accounts: [],
      projects: 0,
      work: null,
    });
    const kinds: Record<string, number> = {};
    for (const u of JSON.parse((await zs('unit', 'list', '--json')).out)) kinds[u.kind] = (kinds[u.kind] ?? 0) + 1;
    expect(kinds).toEqual({
      leading_group: 1,
      office: 2,
      resident_bureau: 6,
      service_center: 8,
      county: 6,
      function_zone: 3,
      department: 2,
    });
  });

  it('backup and restore bring the database back; a file that is no backup changes nothing', async () => {
    const file = path.join(cli.dataDir, 'backup.bin');
    expect((await zs('backup', file)).code).toBe(0);
    expect((await zs('unit', 'add', '--name', '备份后新增县', '--kind', 'county')).code).toBe(0);
    const restored = await zs('restore', file);
    expect(restored.code).toBe(0);
    const names = JSON.parse((await zs('unit', 'list', '--json')).out).map((u: { name: string }) => u.name);
    expect(names).not.toContain('备份后新增县');
    expect(names).toContain('甲县');
    const junk = path.join(cli.dataDir, 'junk.bin');
    fs.writeFileSync(junk, 'not a backup');
    const bad = await zs('restore', junk);
    expect(bad.code).toBe(1);
    expect(JSON.parse((await zs('unit', 'list', '--json')).out).map((u: { name: string }) => u.name)).toEqual(names);
    expect(JSON.parse((await zs('audit', 'verify', '--json')).out).ok).toBe(true);
  });

  it('audit verify exits 1 and names the first altered record', async () => {
    const db = await openConfigured();
    await db.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_log set username = 'someone.else' where id = 2`);
    });
    await db.close();
    const r = await zs('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.out).toBe('审计日志被篡改：第 2 条起校验失败（altered），此前 1 条完好');
    expect((await zs('audit', 'verify', '--lang', 'en')).out).toBe(
      'The audit chain is broken at record 2 (altered); the 1 records before it are intact',
    );
  });

  it('company match answers one name, and a list one JSON line a name, in order', async () => {
    const db = await openConfigured();
    const { createCompany } = await import('../modules/companies/companies.service.ts');
    const ctx = { actor: null, clientIp: null, requestId: null, lang: 'zh' as const, systemName: 'test' };
    await createCompany(db, ctx, { name: '华为技术有限公司', uscc: '914403001922038216' });
    await createCompany(db, ctx, { name: '比亚迪股份有限公司' });
    await db.close();
    const one = await zs('company', 'match', '--name', '華為技術有限公司', '--json');
    expect(one.code).toBe(0);
    expect(JSON.parse(one.out)).toEqual({
      level: 'same',
      candidates: [{ name: '华为技术有限公司', uscc: '914403001922038216', level: 'same', score: 1 }],
    });
    const list = path.join(cli.dataDir, 'guests.txt');
    fs.writeFileSync(
      list,
      '\ufeff比亚迪\n华为技术有限公司南京分公司\n\n某某贸易有限公司\n坏代码有限公司\t914403001922038217\n',
    );
    const many = await zs('company', 'match', '--file', list, '--json');
    expect(many.code).toBe(1);
    expect(many.out.split('\n').map((l) => JSON.parse(l))).toEqual([
      { level: 'similar', candidates: [{ name: '比亚迪股份有限公司', uscc: null, level: 'similar', score: 0.85 }] },
      {
        level: 'similar',
        candidates: [{ name: '华为技术有限公司', uscc: '914403001922038216', level: 'similar', score: 0.9 }],
      },
      { level: 'none', candidates: [] },
      {
        line: 5,
        name: '坏代码有限公司',
        error: { code: 'VALIDATION_FAILED', message: '统一社会信用代码校验位不正确' },
      },
    ]);
    const human = await zs('company', 'match', '--name', '华为科技有限公司');
    expect(human.out).toBe(
      '华为科技有限公司：相似企业（请人工核对）\n  相似  华为技术有限公司（914403001922038216）  0.85',
    );
  });

  it('import companies: a dry run writes nothing, bad rows exit 1 with row, column and reason', async () => {
    const good = path.join(cli.dataDir, 'companies.csv');
    fs.writeFileSync(
      good,
      '\ufeff企业名称,统一社会信用代码,投资方类型\n宁德时代新能源科技股份有限公司,,民营\n福建三安光电有限公司,91350100M000100Y43,民营\n',
    );
    const dry = await zs('import', 'companies', good, '--dry-run');
    expect(dry).toEqual({ code: 0, out: '试导入（未写入） 2 行：新增 2，更新 0，未变 0', err: '' });
    expect(JSON.parse((await zs('company', 'match', '--name', '宁德时代', '--json')).out).level).toBe('none');
    expect((await zs('import', 'companies', good)).out).toBe('已导入 2 行：新增 2，更新 0，未变 0');
    expect(JSON.parse((await zs('company', 'match', '--name', '宁德时代', '--json')).out).level).toBe('similar');
    const bad = path.join(cli.dataDir, 'bad.csv');
    fs.writeFileSync(bad, '企业名称,统一社会信用代码\n甲有限公司,123\n');
    const r = await zs('import', 'companies', bad);
    expect(r.code).toBe(1);
    expect(r.out).toBe('1 处错误，未写入任何数据：\n  第 2 行，列“统一社会信用代码”：统一社会信用代码应为 18 位');
    expect(await zs('import', 'companies', bad, '--lang', 'en')).toMatchObject({
      code: 1,
      out: 'Errors: 1; nothing was written:\n  row 2, column "统一社会信用代码": A USCC has 18 characters',
    });
    const pdf = path.join(cli.dataDir, 'list.xlsx');
    fs.writeFileSync(pdf, '%PDF-1.4 not a workbook');
    expect(await zs('import', 'companies', pdf)).toMatchObject({
      code: 1,
      err: '错误：这是 PDF 文件，不是 Excel 或 CSV 表格',
    });
  });

  it('calendar import adds the office days of a year the package does not cover; calendar list shows them', async () => {
    const file = path.join(cli.dataDir, 'calendar-2027.csv');
    fs.writeFileSync(file, '\ufeff日期,类型,名称\n2027-02-06,放假,春节\n2027-02-07,调休上班,春节\n');
    expect(await zs('calendar', 'import', file, '--dry-run')).toEqual({
      code: 0,
      out: '试导入（未写入） 2 天：新增 2，更新 0，未变 0',
      err: '',
    });
    expect((await zs('calendar', 'import', file)).out).toBe('已导入 2 天：新增 2，更新 0，未变 0');
    expect((await zs('calendar', 'list', '--year', '2027')).out).toBe(
      '2027 年：放假与调休上班 2 天（数据包未覆盖该年，仅办公室录入的日子）\n2027-02-06\t放假\t春节\toffice\n2027-02-07\t调休上班\t春节\toffice',
    );
    expect(JSON.parse((await zs('calendar', 'list', '--year', '2026', '--json')).out)).toMatchObject({
      year: 2026,
      seededFrom: 'chinese-days@1.5.7',
    });
    const bad = path.join(cli.dataDir, 'calendar-bad.csv');
    fs.writeFileSync(bad, '日期,类型,名称\n2027-02-08,调休上班,春节\n');
    expect(await zs('calendar', 'import', bad)).toEqual({
      code: 1,
      out: '1 处错误，未写入任何数据：\n  第 2 行，列“类型”：调休上班日只能是周六或周日（周一至周五本来就上班）',
      err: '',
    });
  });

  it('import projects, kpi --json and export projects, as contract.md defines them', async () => {
    expect((await zs('unit', 'add', '--name', '乙县', '--kind', 'county')).code).toBe(0);
    expect((await zs('unit', 'add', '--name', '驻京招商局', '--kind', 'resident_bureau')).code).toBe(0);
    const file = path.join(cli.dataDir, 'projects.csv');
    fs.writeFileSync(
      file,
      '项目名称,投资方,统一社会信用代码,招引单位,承载地,产业链,符合产业定位,协议投资(万元),外资(万美元),投资方类型,签约日期,合同日期,注册日期,达到开工条件日期,开工日期,竣工日期,投产日期,状态,备注\n' +
        '储能电站项目,乙县储能科技有限公司,,驻京招商局,乙县,新能源,是,80000.5,,民营,2021-02-01,2021-02-20,,,2021-06-01,,,在建,\n' +
        '冷链物流项目,,,乙县,乙县,物流,否,20000,,,2021-05-10,,2021-06-01,,,,,终止,投资方战略调整\n' +
        '去年的项目,,,驻京招商局、乙县,甲县,物流,是,1000,,,2020-03-01,2020-03-02,,,,,,在建,\n',
    );
    expect(await zs('import', 'projects', file, '--dry-run')).toEqual({
      code: 0,
      out: '试导入（未写入） 3 行：新增 3，更新 0，未变 0',
      err: '',
    });
    expect((await zs('import', 'projects', file)).out).toBe('已导入 3 行：新增 3，更新 0，未变 0');
    const kpi = JSON.parse((await zs('kpi', '--from', '2021-01-01', '--to', '2021-06-30', '--json')).out);
    expect(kpi.from).toBe('2021-01-01');
    expect(kpi.city).toEqual({
      signedCount: 2,
      signedAmountWan: 100000.5,
      contractRate: 0.5,
      registrationRate: 0.5,
      readyRate: 0.5,
      fitShareCount: 0.5,
      fitShareAmount: 80000.5 / 100000.5,
      lastYear: {
        signedCount: 1,
        signedAmountWan: 1000,
        contractRate: 1,
        registrationRate: 0,
        readyRate: 0,
        fitShareCount: 1,
        fitShareAmount: 1,
      },
    });
    expect(kpi.units.find((u: { unit: string; role: string }) => u.unit === '乙县' && u.role === 'host')).toMatchObject(
      { signedCount: 2, contractRate: 0.5, readyRate: 0.5 },
    );
    expect(
      kpi.units.find((u: { unit: string; role: string }) => u.unit === '驻京招商局' && u.role === 'source'),
    ).toMatchObject({ signedCount: 1, contractRate: 1, lastYear: { signedCount: 1 } });
    expect(kpi.units.find((u: { unit: string; role: string }) => u.unit === '甲县' && u.role === 'host')).toMatchObject(
      { signedCount: 0, contractRate: null, lastYear: { signedCount: 1, contractRate: 1 } },
    );
    // Each unit row names its scheme; one row per scheme group says how its units are credited. The demo city
    // and the units added here: 7 counties and 3 zones, 8 service centres and 2 departments, 7 resident bureaus.
    const rows: Record<string, number> = {};
    for (const u of kpi.units as { role: string; scheme: string | null }[])
      rows[`${u.role}:${u.scheme}`] = (rows[`${u.role}:${u.scheme}`] ?? 0) + 1;
    expect(rows).toEqual({ 'host:host': 10, 'source:host': 10, 'source:department': 10, 'source:bureau': 7 });
    expect(kpi.units.find((u: { unit: string }) => u.unit === '驻京招商局').scheme).toBe('bureau');
    expect(
      kpi.schemes.map((g: { scheme: string; name: string; group: string; role: string; units: string[] }) => [
        g.scheme,
        g.name,
        g.group,
        g.role,
        g.units.length,
      ]),
    ).toEqual([
      ['host', '全市招商引资工作方案', '县区和功能区', 'host', 10],
      ['department', '市直部门招商引资考核办法', '招商服务中心', 'source', 10],
      ['bureau', '驻外招商局管理和考核办法', '驻外招商局', 'source', 7],
    ]);
    expect(await zs('kpi', '--from', '2021-07-01', '--to', '2021-06-30')).toMatchObject({
      code: 1,
      err: expect.stringContaining('错误：结束日期早于开始日期'),
    });
    const exported = path.join(cli.dataDir, 'projects.xlsx');
    expect((await zs('export', 'projects', exported)).out).toBe(`已导出 3 个项目到 ${exported}`);
    expect((await zs('import', 'projects', exported)).out).toBe('已导入 3 行：新增 0，更新 0，未变 3');
    const bad = path.join(cli.dataDir, 'bad-projects.csv');
    fs.writeFileSync(bad, '项目名称,承载地,签约日期\n某项目,丙县,2021-01-01\n');
    expect(await zs('import', 'projects', bad)).toMatchObject({
      code: 1,
      out: '1 处错误，未写入任何数据：\n  第 2 行，列“承载地”：找不到单位“丙县”（须与单位管理中的名称一致）',
    });
  });

  it('refuses to open a DATA_DIR that a running server holds, and says so', async () => {
    const holder = spawn('sleep', ['30']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-lock-'));
    fs.writeFileSync(path.join(dir, 'zhaoshang.lock'), JSON.stringify({ pid: holder.pid, what: 'serve :3000' }));
    const url = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = dir;
    try {
      const r = await zs('unit', 'list');
      expect(r.code).toBe(1);
      expect(r.err).toContain(`正被进程 ${holder.pid}（serve :3000）使用`);
      expect(fs.existsSync(path.join(dir, 'pgdata'))).toBe(false);
    } finally {
      holder.kill();
      process.env.DATA_DIR = cli.dataDir;
      if (url) process.env.DATABASE_URL = url;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unknown command prints the usage and exits 1', async () => {
    const r = await zs('frobnicate');
    expect(r.code).toBe(1);
    expect(r.err).toContain('未知命令 “frobnicate”');
    const en = await zs('frobnicate', '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.err).toContain('Error: Unknown command "frobnicate"\n\nUsage: zhaoshang <command> [options]');
    expect(en.err).toContain('Unit kinds: leading_group, office, resident_bureau');
  });
});
