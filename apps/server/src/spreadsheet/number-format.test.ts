import { describe, expect, it } from 'vitest';
import { BUILTIN_FORMATS } from './builtin-formats.ts';
import { formatNumber, numberFormat, roundFixed } from './number-format.ts';

// [value, format code, the text the cell shows, the text an import reads]
const CASES: [number, string, string, string][] = [
  // General: 11 characters in the cell, the formula bar's 15 significant digits for an import.
  [13580.160000000002, 'General', '13580.16', '13580.16'],
  [0.1 + 0.2, 'General', '0.3', '0.3'],
  [12345.6789, 'General', '12345.6789', '12345.6789'],
  [1234567.8912, 'General', '1234567.891', '1234567.8912'],
  [911000012345679000, 'General', '9.11E+17', '911000012345679000'],
  [123456789012, 'General', '1.23457E+11', '123456789012'],
  [0.000123456789, 'General', '0.000123457', '0.000123456789'],
  [0.00001234, 'General', '1.234E-05', '0.00001234'],
  [-0.5, 'General', '-0.5', '-0.5'],
  // Fixed decimals, rounded as Excel rounds (half away from zero on 15 digits).
  [1.005, '0.00', '1.01', '1.01'],
  [2.5, '0', '3', '3'],
  [-2.5, '0', '-3', '-3'],
  [-0.001, '0.00', '0.00', '0.00'],
  [123, '000000', '000123', '000123'],
  [911000012345679000, '0', '911000012345679000', '911000012345679000'],
  [0.5, '#.##', '.5', '0.5'],
  [1, '#.##', '1.', '1'],
  // Thousands: shown with separators, read without them at the shown precision.
  [1234.5, '#,##0.00', '1,234.50', '1234.50'],
  [1234.5, '#,##0.0', '1,234.5', '1234.5'],
  [1234567.891, '#,##0', '1,234,568', '1234568'],
  [-1234.5, '#,##0.00', '-1,234.50', '-1234.50'],
  [5, '0,000', '0,005', '0005'],
  [1234567, '#,##0,', '1,235', '1235'],
  // Percentages keep their sign: 12.5% is not 12.5.
  [0.125, '0.0%', '12.5%', '12.5%'],
  [0.125, '0%', '13%', '13%'],
  // Currency: the symbol is display, the number is data.
  [1234.5, '"¥"#,##0.00', '¥1,234.50', '1234.50'],
  [1234.5, '"￥"#,##0.00', '￥1,234.50', '1234.50'],
  [1234.5, '[$¥-804]#,##0.00', '¥1,234.50', '1234.50'],
  [1234.5, '\\¥#,##0.00', '¥1,234.50', '1234.50'],
  [-1234.5, '"¥"#,##0.00;"¥"\\-#,##0.00', '¥-1,234.50', '-1234.50'],
  [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)', '-1234.50'],
  [1234.5, '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ', ' ¥1,234.50 ', '1234.50'],
  [0, '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ', ' ¥-   ', '0'],
  // Literal text stays: a unit in the format is part of what the number means.
  [3.5, '0.0"万元"', '3.5万元', '3.5万元'],
  [12, '0\\号', '12号', '12号'],
  [1234.5, '"合计："#,##0.00" 万元"', '合计：1,234.50 万元', '合计：1234.50 万元'],
  // Sections and conditions.
  [-3, '0;-0;"零"', '-3', '-3'],
  [0, '0;-0;"零"', '零', '0'],
  [-5, '#,##0;;', '', ''],
  [1234.5, '[Red][<0]0.00;[Blue]#,##0.0', '1,234.5', '1234.5'],
  [1500, '[>=1000]0.0,"千";0', '1.5千', '1.5千'],
  [15, '[>=1000]0.0,"千";0', '15', '15'],
  // Scientific and fractions.
  [12345.678, '0.00E+00', '1.23E+04', '1.23E+04'],
  [12345.678, '##0.0E+0', '12.3E+3', '12.3E+3'],
  [1.5, '# ?/?', '1 1/2', '1 1/2'],
  [0.3333, '# ??/??', '  1/3 ', '1/3'],
  [2.375, '# ?/100', '2 38/100', '2 38/100'],
  // Text format on a number shows it as General.
  [1234.5, '@', '1234.5', '1234.5'],
  // Dates: shown in their own look, read as YYYY-MM-DD.
  [44261, 'yyyy"年"m"月"d"日"', '2021年3月6日', '2021-03-06'],
  [44261, 'yyyy"年"m"月"d"日" aaaa', '2021年3月6日 星期六', '2021-03-06'],
  [44261, '[DBNum1][$-804]yyyy"年"m"月"d"日"', '2021年3月6日', '2021-03-06'],
  [44261.5, 'yyyy-mm-dd hh:mm:ss', '2021-03-06 12:00:00', '2021-03-06'],
  [44261, 'dddd, mmmm d, yyyy', 'Saturday, March 6, 2021', '2021-03-06'],
  [44261, 'd-mmm-yy', '6-Mar-21', '2021-03-06'],
  [44261, 'm/d/yy', '3/6/21', '2021-03-06'],
  [1, 'yyyy-mm-dd', '1900-01-01', '1900-01-01'],
  [60, 'yyyy-mm-dd', '1900-02-29', '1900-02-29'],
  [61, 'yyyy-mm-dd', '1900-03-01', '1900-03-01'],
  // Times: shown and read as shown (no importer takes a bare time; the clerk sees it so).
  [0.375, 'h:mm', '9:00', '9:00'],
  [0.375, 'h:mm AM/PM', '9:00 AM', '9:00 AM'],
  [0.75, 'h:mm:ss AM/PM', '6:00:00 PM', '6:00:00 PM'],
  [0.6354166667, '上午/下午h"时"mm"分"', '下午3时15分', '下午3时15分'],
  [1.5, '[h]:mm:ss', '36:00:00', '36:00:00'],
  [2.5, '[mm]:ss', '3600:00', '3600:00'],
  [0.5, 'mm:ss.0', '00:00.0', '00:00.0'],
];

describe('number formats', () => {
  it.each(CASES)('%s as %s shows %j and reads %j', (value, code, shown, read) => {
    expect(formatNumber(value, code)).toBe(shown);
    expect(numberFormat(code).value(value)).toBe(read);
  });

  it('knows the built-in ids, the Chinese ones included, as a Chinese Excel or WPS shows them', () => {
    const serial = 44261.6354166667; // 2021-03-06 15:15
    const shown = Object.fromEntries(
      [14, 22, 27, 28, 30, 31, 32, 33, 34, 35, 36, 50, 55, 56, 57, 58].map((id) => [
        id,
        formatNumber(serial, BUILTIN_FORMATS[id]!),
      ]),
    );
    expect(shown).toEqual({
      14: '2021/3/6',
      22: '2021/3/6 15:15',
      27: '2021年3月',
      28: '3月6日',
      30: '3-6-21',
      31: '2021年3月6日',
      32: '15时15分',
      33: '15时15分00秒',
      34: '下午3时15分',
      35: '下午3时15分00秒',
      36: '2021年3月',
      50: '2021年3月',
      55: '下午3时15分',
      56: '下午3时15分00秒',
      57: '2021年3月',
      58: '3月6日',
    });
    expect([5, 7, 37, 39, 41, 43].map((id) => formatNumber(-1234.5, BUILTIN_FORMATS[id]!))).toEqual([
      '¥-1,235',
      '¥-1,234.50',
      '(1,235)',
      '(1,234.50)',
      ' -1,235 ',
      ' -1,234.50 ',
    ]);
    // 32–35 and 55–56 are times of day, not dates: an import reads what they show.
    expect(numberFormat(BUILTIN_FORMATS[32]!).showsDate).toBe(false);
    expect(numberFormat(BUILTIN_FORMATS[31]!).showsDate).toBe(true);
  });

  it('counts days in the 1904 system when the workbook says so', () => {
    expect(numberFormat('yyyy-mm-dd', { date1904: true }).value(42799)).toBe('2021-03-06');
    expect(formatNumber(0, 'yyyy-mm-dd', { date1904: true })).toBe('1904-01-01');
  });

  it('rounds half away from zero on the 15 digits Excel keeps', () => {
    expect([roundFixed(1.005, 2), roundFixed(0.045, 2), roundFixed(13580.160000000002, 4), roundFixed(0, 3)]).toEqual([
      '1.01',
      '0.05',
      '13580.1600',
      '0.000',
    ]);
  });
});
