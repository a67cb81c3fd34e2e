import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, systemCtx, type TestEnv, uploadFile } from '../../../test/factories.ts';
import { saveWithLibreOffice } from '../../../test/libreoffice.ts';
import { queryRows } from '../../db/client.ts';
import { readTable, SpreadsheetError } from '../../spreadsheet/read-table.ts';
import { importCompanies } from './companies-import.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

/** GBK bytes of a text, from Node's GBK decoder run backwards (Node has no GBK encoder). */
function encodeGbk(text: string): Buffer {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (!map.has(ch)) map.set(ch, [a, b]);
    }
  }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : map.get(ch)!)));
}

const HEADER = '企业名称,统一社会信用代码,投资方类型,国别地区,行业代码,总部所在地';
const csv = (lines: string[], bom = true) =>
  Buffer.from(`${bom ? '\ufeff' : ''}${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');
const count = async () =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from companies`))[0]!.n;

async function run(bytes: Buffer, fileName: string, dryRun = false) {
  return importCompanies(env.database, systemCtx, await readTable(bytes, fileName), {
    dryRun,
    fileName,
    fileBytes: bytes,
  });
}

async function xlsx(rows: (string | ExcelJS.CellRichTextValue)[][], mergeHeader = false) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业');
  ws.addRow(HEADER.split(','));
  for (const r of rows) ws.addRow(r);
  if (mergeHeader) ws.mergeCells('A1:B1');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('import companies', () => {
  it('a dry run reports what would happen and writes nothing; the real run writes it all, once', async () => {
    const file = csv([
      '华为技术有限公司,914403001922038216,世界500强,中国,C39,深圳',
      '比亚迪股份有限公司,,民营,中国,36,深圳',
      '澜江纺织有限公司,,,,,澜江',
    ]);
    expect(await run(file, 'a.csv', true)).toEqual({
      dryRun: true,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await count()).toBe(0);
    expect(await run(file, 'a.csv')).toEqual({
      dryRun: false,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    const rows = await queryRows<Record<string, unknown>>(
      env.database.db,
      sql`select name, uscc, investor_type, industry_code from companies order by id`,
    );
    expect(rows).toEqual([
      { name: '华为技术有限公司', uscc: '914403001922038216', investor_type: 'fortune500', industry_code: 'C39' },
      { name: '比亚迪股份有限公司', uscc: null, investor_type: 'private', industry_code: 'C36' },
      { name: '澜江纺织有限公司', uscc: null, investor_type: null, industry_code: null },
    ]);
    // Importing the same rows again changes nothing; a changed row updates its company, keyed by code or name.
    expect(await run(file, 'a.csv')).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const changed = csv(['華為技術有限公司,,,,,东莞', '比亚迪股份有限公司,,民营,中国,36,深圳']);
    expect(await run(changed, 'b.csv')).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const huawei = await queryRows<Record<string, unknown>>(
      env.database.db,
      sql`select name, uscc, investor_type, headquarters, version from companies where id = 1`,
    );
    expect(huawei).toEqual([
      {
        name: '華為技術有限公司',
        uscc: '914403001922038216',
        investor_type: 'fortune500',
        headquarters: '东莞',
        version: 2,
      },
    ]);
    expect(await count()).toBe(3);
    const audit = await queryRows<{ after: Record<string, unknown> }>(
      env.database.db,
      sql`select after from audit_log where action = 'company.import' order by id`,
    );
    expect(audit.map((a) => a.after.created)).toEqual([3, 0, 0]);
  });

  it('lists every bad row with row, column and reason, and writes nothing', async () => {
    const before = await count();
    const file = csv([
      '南京新材料有限公司,914403001922038217,,,,',
      '   ,,民营,,,',
      `${'长'.repeat(501)},,,,,`,
      '澜江化工\u0007有限公司,,,,,',
      '<b>365体育手机投注</b>,,赌场,,,',
      '合格企业甲有限公司,,,,C12,',
      '合格企业乙有限公司,,,,,',
      '合格企业乙有限公司,,,,,',
    ]);
    const report = await run(file, 'bad.csv');
    expect(report.errors).toEqual([
      { row: 2, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确' },
      { row: 3, column: '企业名称', reason: '企业名称不能为空' },
      { row: 4, column: '企业名称', reason: '企业名称超过 200 个字符' },
      { row: 5, column: '企业名称', reason: '企业名称含有控制字符' },
      {
        row: 6,
        column: '投资方类型',
        reason: '“赌场”不是有效的投资方类型，可填：央企、地方国企、世界500强、行业50强、民营、外资、港澳台、其他',
      },
      { row: 7, column: '行业代码', reason: '“C12”不是 GB/T 4754-2017 行业代码（门类字母或门类加大类，如 C 或 C38）' },
      { row: 9, column: '企业名称', reason: '与第 8 行是同一企业，请合并为一行' },
    ]);
    expect(report).toMatchObject({ rows: 8, created: 0, updated: 0 });
    expect(await count()).toBe(before);
  });

  it('reports missing and unknown columns instead of guessing', async () => {
    const file = Buffer.from('名称,信用代码\n华为,\n', 'utf8');
    const report = await run(file, 'cols.csv');
    expect(report.errors).toEqual([
      { row: 1, column: '企业名称', reason: '缺少必填列' },
      {
        row: 1,
        column: '名称',
        reason: '无法识别的列，可用的列：企业名称、统一社会信用代码、投资方类型、国别地区、行业代码、总部所在地',
      },
      {
        row: 1,
        column: '信用代码',
        reason: '无法识别的列，可用的列：企业名称、统一社会信用代码、投资方类型、国别地区、行业代码、总部所在地',
      },
    ]);
  });

  it('accepts English headers, CSV without BOM, and GBK CSV (detected)', async () => {
    const en = Buffer.from(
      'Name,USCC,Investor type\nTesla (Shanghai) Co., Ltd.,,foreign\n'.replace(
        'Tesla (Shanghai) Co., Ltd.',
        '"Tesla (Shanghai) Co., Ltd."',
      ),
      'utf8',
    );
    expect(await run(en, 'en.csv')).toMatchObject({ created: 1, errors: [] });
    const gbkBytes = encodeGbk(`${HEADER}\r\n澜江丝绸有限公司,,港澳台,中国香港,C17,香港\r\n`);
    const table = await readTable(gbkBytes, 'gbk.csv');
    expect(table.encoding).toBe('gbk');
    expect(table.rows[0]!.cells['企业名称']).toBe('澜江丝绸有限公司');
    expect(await run(gbkBytes, 'gbk.csv')).toMatchObject({ created: 1, errors: [] });
  });

  it('reads xlsx, rich-text cells as their text (files saved by WPS and LibreOffice)', async () => {
    const rich: ExcelJS.CellRichTextValue = {
      richText: [{ text: '澜江' }, { font: { bold: true }, text: '精密机械' }, { text: '有限公司' }],
    };
    const file = await xlsx([[rich, '', '民营', '中国', 'C34', '澜江']]);
    expect(await run(file, 'rich.xlsx')).toMatchObject({ created: 1, errors: [] });
    const [row] = await queryRows<{ name: string }>(
      env.database.db,
      sql`select name from companies where name like '澜江精密%'`,
    );
    expect(row!.name).toBe('澜江精密机械有限公司');
  });

  it('refuses files that are no spreadsheet: a renamed PDF, an encrypted workbook, merged header cells, a zip bomb', async () => {
    await expect(readTable(Buffer.from('%PDF-1.7\n...'), 'list.xlsx')).rejects.toThrow(
      '这是 PDF 文件，不是 Excel 或 CSV 表格',
    );
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expect(readTable(cfb, 'secret.xlsx')).rejects.toThrow('文件已加密或是旧版 .xls 格式');
    await expect(readTable(await xlsx([['某公司']], true), 'merged.xlsx')).rejects.toThrow('表头第 2 列是合并单元格');
    const bomb = await xlsx([['某公司']]);
    // Claim 1 GB unpacked in the central directory's first entry.
    const cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(1_000_000_000, cd + 24);
    await expect(readTable(bomb, 'bomb.xlsx')).rejects.toThrow(SpreadsheetError);
    await expect(readTable(bomb, 'bomb.xlsx')).rejects.toThrow('Excel 文件解压后过大');
    await expect(readTable(Buffer.alloc(21 * 1024 * 1024), 'big.csv')).rejects.toThrow('文件超过 20 MB 上限');
  });
});

describe('import over HTTP, and the registry list', () => {
  it('uploads a file for a dry run, then imports it; the list finds the companies by name or code', async () => {
    const { session } = await loginAs(env, 'office');
    const file = csv(['澜江港务集团有限公司,,地方国企,中国,G55,澜江']);
    const upload = (dryRun: boolean, body: Buffer) =>
      uploadFile(env.app, session, `/api/v1/imports/companies?dryRun=${dryRun}`, body, '港务.csv');
    const dry = await upload(true, file);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({ dryRun: true, rows: 1, created: 1, updated: 0, unchanged: 0, errors: [] });
    expect((await upload(false, file)).json()).toMatchObject({ dryRun: false, created: 1 });
    const pdf = await upload(true, Buffer.from('%PDF-1.4'));
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: '这是 PDF 文件，不是 Excel 或 CSV 表格',
      details: { issues: [{ path: 'file', message: '这是 PDF 文件，不是 Excel 或 CSV 表格' }] },
    });
    const list = await env.app.inject({
      method: 'GET',
      url: `/api/v1/companies?q=${encodeURIComponent('港务')}`,
      headers: { cookie: session.cookie },
    });
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ name: '澜江港务集团有限公司', investorType: 'local_soe', industryCode: 'G55' }],
    });
    const byCode = await env.app.inject({
      method: 'GET',
      url: '/api/v1/companies?q=91440300',
      headers: { cookie: session.cookie },
    });
    expect(byCode.json().items.map((c: { name: string }) => c.name)).toEqual(['華為技術有限公司']);
    for (const q of ['hwjs', '華為', '华为技术']) {
      const found = await env.app.inject({
        method: 'GET',
        url: `/api/v1/companies?q=${encodeURIComponent(q)}`,
        headers: { cookie: session.cookie },
      });
      expect(
        found.json().items.map((c: { name: string }) => c.name),
        q,
      ).toEqual(['華為技術有限公司']);
    }
    const auditorList = await env.app.inject({
      method: 'GET',
      url: '/api/v1/companies',
      headers: { cookie: (await loginAs(env, 'auditor')).session.cookie },
    });
    expect(auditorList.statusCode).toBe(403);
  });
});

describe('export', () => {
  it('the registry exports in the import columns, and the export imports back unchanged', async () => {
    const { session } = await loginAs(env, 'office');
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/v1/exports/companies',
      headers: { cookie: session.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="companies.xlsx"; filename*=UTF-8''${encodeURIComponent('企业库.xlsx')}`,
    );
    const table = await readTable(res.rawPayload, 'companies.xlsx');
    expect(table.headers).toEqual(HEADER.split(','));
    const total = await count();
    expect(table.rows).toHaveLength(total);
    const report = await importCompanies(env.database, systemCtx, table, { dryRun: false, fileName: 'companies.xlsx' });
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: total, errors: [] });

    // Opened and saved again by the real LibreOffice Calc, the file still imports unchanged.
    const resaved = saveWithLibreOffice(res.rawPayload, 'companies.xlsx', 'xlsx');
    expect(resaved.equals(res.rawPayload)).toBe(false);
    const again = await readTable(resaved, 'companies.xlsx');
    expect(again.rows.map((r) => r.cells)).toEqual(table.rows.map((r) => r.cells));
    expect(
      await importCompanies(env.database, systemCtx, again, { dryRun: false, fileName: 'resaved.xlsx' }),
    ).toMatchObject({ unchanged: total, errors: [] });
  });
});
