import { describe, expect, it } from 'vitest';
import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, industryLabel, parseIndustryCode } from './industry-codes.ts';

/** Division ranges per section, written out independently of the table under test. */
const SECTION_RANGES: [string, number, number][] = [
  ['A', 1, 5],
  ['B', 6, 12],
  ['C', 13, 43],
  ['D', 44, 46],
  ['E', 47, 50],
  ['F', 51, 52],
  ['G', 53, 60],
  ['H', 61, 62],
  ['I', 63, 65],
  ['J', 66, 69],
  ['K', 70, 70],
  ['L', 71, 72],
  ['M', 73, 75],
  ['N', 76, 79],
  ['O', 80, 82],
  ['P', 83, 83],
  ['Q', 84, 85],
  ['R', 86, 90],
  ['S', 91, 96],
  ['T', 97, 97],
];

function divisionName(code: string): string | undefined {
  return INDUSTRY_DIVISIONS.find((d) => d.code === code)?.zh;
}

describe('GB/T 4754-2017 table', () => {
  it('has 20 sections in order A..T and 97 divisions 01..97 in order', () => {
    expect(INDUSTRY_SECTIONS).toHaveLength(20);
    expect(INDUSTRY_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(INDUSTRY_DIVISIONS).toHaveLength(97);
    expect(INDUSTRY_DIVISIONS.map((d) => d.code)).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it('has unique two-digit division codes and no blank names', () => {
    const codes = INDUSTRY_DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(97);
    for (const d of INDUSTRY_DIVISIONS) {
      expect(d.code).toMatch(/^\d{2}$/);
      expect(d.zh.trim()).not.toBe('');
      expect(d.en.trim()).not.toBe('');
    }
    for (const s of INDUSTRY_SECTIONS) {
      expect(s.zh.trim()).not.toBe('');
      expect(s.en.trim()).not.toBe('');
    }
  });

  it('puts every division under the section whose range holds it', () => {
    for (const d of INDUSTRY_DIVISIONS) {
      const n = Number(d.code);
      const [section] = SECTION_RANGES.find(([, lo, hi]) => n >= lo && n <= hi)!;
      expect(`${d.code} ${d.section}`).toBe(`${d.code} ${section}`);
    }
    expect(SECTION_RANGES.map(([s]) => s)).toEqual(INDUSTRY_SECTIONS.map((s) => s.code));
  });

  it.each([
    ['01', '农业'],
    ['05', '农、林、牧、渔专业及辅助性活动'],
    ['11', '开采专业及辅助性活动'],
    ['13', '农副食品加工业'],
    ['26', '化学原料和化学制品制造业'],
    ['27', '医药制造业'],
    ['36', '汽车制造业'],
    ['38', '电气机械和器材制造业'],
    ['39', '计算机、通信和其他电子设备制造业'],
    ['43', '金属制品、机械和设备修理业'],
    ['44', '电力、热力生产和供应业'],
    ['58', '多式联运和运输代理业'],
    ['64', '互联网和相关服务'],
    ['65', '软件和信息技术服务业'],
    ['70', '房地产业'],
    ['83', '教育'],
    ['97', '国际组织'],
  ])('names division %s %s', (code, zh) => {
    expect(divisionName(code)).toBe(zh);
  });

  it('names the sections as the standard does', () => {
    expect(INDUSTRY_SECTIONS[0]).toEqual({
      code: 'A',
      zh: '农、林、牧、渔业',
      en: 'Agriculture, forestry, animal husbandry and fishery',
    });
    expect(INDUSTRY_SECTIONS[3]!.zh).toBe('电力、热力、燃气及水生产和供应业');
    expect(INDUSTRY_SECTIONS[8]!.zh).toBe('信息传输、软件和信息技术服务业');
    expect(INDUSTRY_SECTIONS[19]!.zh).toBe('国际组织');
  });
});

describe('parseIndustryCode', () => {
  it.each([
    ['C', { section: 'C', division: null }],
    ['C38', { section: 'C', division: '38' }],
    ['38', { section: 'C', division: '38' }],
    ['c38', { section: 'C', division: '38' }],
    ['  c38 ', { section: 'C', division: '38' }],
    [' t ', { section: 'T', division: null }],
    ['01', { section: 'A', division: '01' }],
    ['B12', { section: 'B', division: '12' }],
    ['T97', { section: 'T', division: '97' }],
  ])('reads %j', (raw, expected) => {
    expect(parseIndustryCode(raw)).toEqual(expected);
  });

  it.each(['', '  ', 'C12', 'A06', 'Z', 'U', '98', '00', 'C3', 'C380', '3', '380', 'CC38', 'C 38', '38C', 'C-38'])(
    'refuses %j',
    (raw) => {
      expect(parseIndustryCode(raw)).toBeNull();
    },
  );
});

describe('industryLabel', () => {
  it.each([
    ['C38', 'zh', '制造业 / 电气机械和器材制造业'],
    ['C', 'zh', '制造业'],
    ['65', 'zh', '信息传输、软件和信息技术服务业 / 软件和信息技术服务业'],
    ['c38', 'en', 'Manufacturing / Electrical machinery and equipment'],
    ['K', 'en', 'Real estate'],
  ] as const)('labels %s in %s as %s', (code, lang, label) => {
    expect(industryLabel(code, lang)).toBe(label);
  });

  it('has no label for a code outside the table', () => {
    expect(industryLabel('C12', 'zh')).toBeNull();
    expect(industryLabel('98', 'en')).toBeNull();
  });
});
