import fs from 'node:fs';
import path from 'node:path';
import { isCalendarDate, parseWan } from '@zhaoshang/shared';
import { describe, expect, it } from 'vitest';
import { saveWithLibreOffice } from '../../test/libreoffice.ts';
import { readTable } from './read-table.ts';

// Made by test/fixtures/spreadsheets/make-fixtures.ts (LibreOffice, exceljs, WPS-style XML) and committed.
const fixture = (name: string) =>
  readTable(fs.readFileSync(path.join(import.meta.dirname, '../../test/fixtures/spreadsheets', name)), name);

async function workbook(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  ws.addRow(['项目名称', '签约日期', '协议投资(万元)', '符合产业定位', '备注']);
  ws.addRow([
    '储能电站 & <一期>',
    new Date(Date.UTC(2021, 2, 5)),
    12345.6789,
    true,
    { richText: [{ text: '已' }, { font: { bold: true }, text: '签约' }] },
  ]);
  const custom = ws.addRow(['冷链物流', new Date(Date.UTC(2020, 11, 31)), { formula: '1+2', result: 3 }, false, '']);
  custom.getCell(2).numFmt = 'yyyy"年"m"月"d"日"';
  ws.addRow([]);
  ws.addRow(['只有名称']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading an .xlsx as text', () => {
  it('gives each cell the text it shows: strings, rich text, dates by style, numbers, booleans, formula results', async () => {
    const table = await readTable(await workbook(), 'p.xlsx');
    expect(table.headers).toEqual(['项目名称', '签约日期', '协议投资(万元)', '符合产业定位', '备注']);
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          项目名称: '储能电站 & <一期>',
          签约日期: '2021-03-05',
          '协议投资(万元)': '12345.6789',
          符合产业定位: 'TRUE',
          备注: '已签约',
        },
      },
      {
        rowNumber: 3,
        cells: { 项目名称: '冷链物流', 签约日期: '2020-12-31', '协议投资(万元)': '3', 符合产业定位: 'FALSE', 备注: '' },
      },
      { rowNumber: 5, cells: { 项目名称: '只有名称', 签约日期: '', '协议投资(万元)': '', 符合产业定位: '', 备注: '' } },
    ]);
  });

  it('reads the same after LibreOffice Calc saved the file again', async () => {
    const original = await readTable(await workbook(), 'p.xlsx');
    const resaved = await readTable(saveWithLibreOffice(await workbook(), 'p.xlsx', 'xlsx'), 'p.xlsx');
    expect(resaved.rows.map((r) => r.cells)).toEqual(original.rows.map((r) => r.cells));
  });
});

describe('a cell reads as the text it shows, as an import needs it', () => {
  it('LibreOffice Calc: thousands, percent, ¥ currency, 年月日 and date-time, hh:mm, a formula, a long number, a unit in the format', async () => {
    const table = await fixture('libreoffice-formats.xlsx');
    expect(table.rows.map((r) => r.cells)).toEqual([
      {
        项目名称: '储能电站 & <一期>',
        签约日期: '2021-03-05',
        '协议投资(万元)': '12345.60',
        '调整后(万元)': '13580.16',
        完成率: '12.5%',
        合同金额: '1234.50',
        开会时间: '09:30',
        统一社会信用代码: '911000012345679000',
        备注: '已签约',
      },
      {
        项目名称: '冷链物流',
        签约日期: '2020-12-31',
        '协议投资(万元)': '1234568',
        '调整后(万元)': '1234.567891',
        完成率: '100.0%',
        合同金额: '-88.00',
        开会时间: '17:05',
        统一社会信用代码: '91110000MA01ABCD2X',
        备注: '3.5万元',
      },
    ]);
  });

  it('exceljs with explicit number formats: a float artefact of a formula reads as Excel shows it', async () => {
    const table = await fixture('exceljs-formats.xlsx');
    expect(table.rows.map((r) => r.cells)).toEqual([
      {
        项目名称: '储能电站 & <一期>',
        签约日期: '2021-03-05',
        '协议投资(万元)': '1234.50',
        '调整后(万元)': '1357.95',
        '外资(万美元)': '1234568',
        完成率: '12.5%',
        合同金额: '1234.50',
        开会时间: '9:00',
        统一社会信用代码: '911000012345679000',
        备注: '已签约',
      },
      {
        项目名称: '冷链物流',
        签约日期: '2020-12-31',
        '协议投资(万元)': '12345.60',
        '调整后(万元)': '13580.16',
        '外资(万美元)': '0',
        完成率: '100.0%',
        合同金额: '-88.00',
        开会时间: '17:05',
        统一社会信用代码: '91110000MA01ABCD2X',
        备注: '',
      },
    ]);
  });

  it('WPS-style XML: inline strings, Chinese built-in date and time ids, cached formula results, ￥ currency', async () => {
    const table = await fixture('wps-style.xlsx');
    expect(table.rows.map((r) => r.cells)).toEqual([
      {
        项目名称: '储能电站 & <一期>',
        签约日期: '2021-03-05',
        签约月份: '2021-03-05',
        '协议投资(万元)': '12345.60',
        '调整后(万元)': '13580.16',
        合同金额: '1234.50',
        完成率: '12.50%',
        开会时间: '9时30分',
        统一社会信用代码: '91110000MA01ABCD2X',
        备注: '已签约',
        '外资(万美元)': '1763.66',
      },
      {
        项目名称: '冷链物流',
        签约日期: '2020-12-31',
        签约月份: '2020-12-31',
        '协议投资(万元)': '0.30',
        '调整后(万元)': '0.33',
        合同金额: '-88.00',
        完成率: '87.50%',
        开会时间: '17时05分',
        统一社会信用代码: '911000012345679000',
        备注: '冷链物流二期',
        '外资(万美元)': '1',
      },
    ]);
  });

  it('gives the importers what they accept: amounts parse as 万元, dates as calendar dates', async () => {
    const cells = (
      await Promise.all(['libreoffice-formats.xlsx', 'exceljs-formats.xlsx', 'wps-style.xlsx'].map(fixture))
    )
      .flatMap((t) => t.rows)
      .map((r) => r.cells);
    expect(cells.map((c) => parseWan(c['协议投资(万元)']!))).toEqual([
      { value: '12345.6' },
      { value: '1234568' },
      { value: '1234.5' },
      { value: '12345.6' },
      { value: '12345.6' },
      { value: '0.3' },
    ]);
    expect(cells.every((c) => isCalendarDate(c.签约日期!))).toBe(true);
  });
});
