import { describe, expect, it } from 'vitest';
import { saveWithLibreOffice } from '../../test/libreoffice.ts';
import { readTable } from './read-table.ts';

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
