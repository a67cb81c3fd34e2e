import {
  formatMoney,
  INDICATOR_LABELS,
  type IndicatorKey,
  type Lang,
  type MessageKey,
  msg,
  renderMessage,
  translate,
} from '@zhaoshang/shared';
import type { BulletinSnapshot, Figures, RateKey, UnitEntry } from './bulletin-compute.ts';
import type { BulletinRow } from './bulletins.repository.ts';
import { bulletinTitleMessage } from './bulletins.service.ts';

type Bulletin = BulletinRow & { snapshot: BulletinSnapshot };

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);
const pp = (lang: Lang, r: number | null) =>
  r === null ? '—' : translate(lang, 'doc.bulletin.pp', { value: `${r >= 0 ? '+' : ''}${r.toFixed(2)}` });
const monthOf = (month: number) => msg(`doc.month.${month}` as MessageKey);
const period = (lang: Lang, year: number, month: number) =>
  translate(lang, 'doc.bulletin.period', { year, month: monthOf(month) });
const title = (lang: Lang, b: Bulletin) => renderMessage(lang, bulletinTitleMessage(b));
const rankChange = (c: number | null) => (c === null ? '—' : c > 0 ? `↑${c}` : c < 0 ? `↓${-c}` : '—');

const RATE_KEYS: RateKey[] = ['contractRate', 'registrationRate', 'readyRate', 'fitShareCount', 'fitShareAmount'];
const col = (lang: Lang, key: string) => translate(lang, `doc.bulletin.col.${key}` as MessageKey);
/** Chinese documents number their sections with Chinese numerals, English ones with digits. */
const sectionNumber = (lang: Lang, i: number) =>
  translate(lang, 'doc.bulletin.numerals').split(',')[i] ?? String(i + 1);

/** Escapes text for the HTML template: the bulletin prints text, never markup (unit names come from users). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The bulletin as an A4 page in official-document style: red title, issuing unit and date, tables, remarks. */
export function bulletinHtml(b: Bulletin, issuer: string, lang: Lang = 'zh'): string {
  const s = b.snapshot;
  const e = escapeHtml;
  const floorsOf = new Map(s.scheme.indicators.filter((i) => i.floor != null).map((i) => [i.key, i.floor!]));
  const cell = (u: UnitEntry, k: RateKey) => {
    const missed = u.floorsMissed.includes(k as IndicatorKey);
    return `<td class="num${missed ? ' missed' : ''}">${pct(u.figures[k])}</td>`;
  };
  const cityRow = (label: string, f: Figures) =>
    `<tr><td class="period">${label}</td><td class="num">${f.signedCount}</td><td class="num">${formatMoney(f.signedAmountYuan, { from: 'yuan' })}</td>${RATE_KEYS.map((k) => `<td class="num">${pct(f[k])}</td>`).join('')}</tr>`;
  const th = (key: string) => `<th>${e(col(lang, key)).replace(/[（(]/, (p) => `<br>${p}`)}</th>`;
  const groups = s.groups
    .filter((g) => g.units.length > 0)
    .map(
      (g, i) => `
    <h2>${e(translate(lang, 'doc.bulletin.groupSection', { number: sectionNumber(lang, i + 1), name: g.name }))}</h2>
    <table>
      <thead><tr>${['rank', 'unit', 'signedCount', 'signedAmount', 'contractRate', 'registrationRate', 'readyRate', 'score', 'rankChange'].map(th).join('')}</tr></thead>
      <tbody>${g.units
        .map(
          (u) =>
            `<tr><td class="num">${u.rank ?? '—'}</td><td class="name">${e(u.unitName)}</td><td class="num">${u.figures.signedCount}</td><td class="num">${formatMoney(u.figures.signedAmountYuan, { from: 'yuan' })}</td>${cell(u, 'contractRate')}${cell(u, 'registrationRate')}${cell(u, 'readyRate')}<td class="num">${u.score.toFixed(2)}</td><td class="num">${rankChange(u.rankChange)}</td></tr>`,
        )
        .join('')}</tbody>
    </table>`,
    )
    .join('');
  const floors = [...floorsOf]
    .map(([k, f]) => `${INDICATOR_LABELS[k][lang]}${lang === 'en' ? ' ' : ''}${(f * 100).toFixed(0)}%`)
    .join(lang === 'en' ? ', ' : '、');
  const city = s.city;
  const fc = s.foreignCapital;
  const date = (b.published_at ?? b.created_at).slice(0, 10);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `<!doctype html><html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${e(title(lang, b))}</title><style>
  @page { size: A4; margin: 25mm 22mm 22mm 25mm; }
  body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 11pt; color: #000; }
  .issuer { text-align: center; color: #c00; font-size: 24pt; font-weight: bold; letter-spacing: 2pt; margin: 0; }
  .number { text-align: center; margin: 6pt 0 4pt; font-size: 12pt; }
  hr.red { border: 0; border-top: 2pt solid #c00; margin: 4pt 0 14pt; }
  h1 { text-align: center; font-size: 17pt; margin: 10pt 0; font-family: 'Noto Sans CJK SC', sans-serif; }
  h2 { font-size: 13pt; margin: 14pt 0 6pt; font-family: 'Noto Sans CJK SC', sans-serif; page-break-after: avoid; break-after: avoid; }
  td.name, td.period { white-space: nowrap; }
  th { white-space: nowrap; }
  p { text-indent: 2em; line-height: 1.7; margin: 4pt 0; }
  table { width: 100%; border-collapse: collapse; font-size: 9.5pt; page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  th, td { border: 0.6pt solid #000; padding: 3pt 4pt; }
  th { background: #f2f2f2; font-weight: bold; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  td.missed { color: #c00; font-weight: bold; }
  .note { font-size: 9pt; color: #333; text-indent: 0; }
  .sign { text-align: right; margin-top: 24pt; }
  .draft { position: fixed; top: 40%; left: 10%; font-size: 80pt; color: rgba(200,0,0,.12); transform: rotate(-30deg); }
  </style></head><body>
  ${b.status === 'draft' ? `<div class="draft">${translate(lang, 'doc.bulletin.draft')}</div>` : ''}
  <p class="issuer">${translate(lang, 'doc.bulletin.masthead')}</p>
  <p class="number">${e(title(lang, b))}</p>
  <hr class="red">
  <h1>${translate(lang, 'doc.bulletin.heading', { year: s.period.year, month: monthOf(s.period.month) })}</h1>
  <p>${e(
    translate(lang, 'doc.bulletin.summary', {
      from: s.period.from,
      to: s.period.to,
      signed: city.figures.signedCount,
      amount: formatMoney(city.figures.signedAmountYuan, { from: 'yuan' }),
      contract: pct(city.figures.contractRate),
      contractPp: pp(lang, city.yoyPp.contractRate),
      registration: pct(city.figures.registrationRate),
      registrationPp: pp(lang, city.yoyPp.registrationRate),
      ready: pct(city.figures.readyRate),
      readyPp: pp(lang, city.yoyPp.readyRate),
      fitCount: pct(city.figures.fitShareCount),
      fitCountPp: pp(lang, city.yoyPp.fitShareCount),
      fitAmount: pct(city.figures.fitShareAmount),
      fitAmountPp: pp(lang, city.yoyPp.fitShareAmount),
      foreign: formatMoney(fc.usedUsdWan),
      foreignShare: fc.share === null ? '' : translate(lang, 'doc.bulletin.foreignShare', { share: pct(fc.share) }),
      foreignYoy:
        fc.yoy === null
          ? ''
          : translate(lang, fc.yoy >= 0 ? 'doc.bulletin.foreignUp' : 'doc.bulletin.foreignDown', {
              change: (Math.abs(fc.yoy) * 100).toFixed(1),
            }),
    }),
  )}</p>
  <h2>${translate(lang, 'doc.bulletin.citySection')}</h2>
  <table><thead><tr>${['period', 'signedCount', 'signedAmount', ...RATE_KEYS].map(th).join('')}</tr></thead>
  <tbody>${cityRow(period(lang, s.period.year, s.period.month), city.figures)}${cityRow(period(lang, s.period.year - 1, s.period.month), city.lastYear)}</tbody></table>
  ${groups}
  <p class="note">${e(translate(lang, 'doc.bulletin.note', { floors, formula: s.formula[lang] }))}</p>
  ${
    b.remarks
      ? `<h2>${translate(lang, 'doc.bulletin.remarks')}</h2>${b.remarks
          .split(/\n+/)
          .map((l) => `<p>${e(l)}</p>`)
          .join('')}`
      : ''
  }
  <p class="sign">${e(issuer)}<br>${translate(lang, 'doc.bulletin.date', { year: y, month: m, day: d })}</p>
  ${b.snapshot_hash ? `<p class="note">${translate(lang, 'doc.bulletin.seal', { hash: b.snapshot_hash })}</p>` : ''}
  </body></html>`;
}

type Browser = Awaited<ReturnType<typeof import('playwright-core')['chromium']['launch']>>;
let browser: Promise<Browser> | null = null;
let idle: NodeJS.Timeout | undefined;

/** One Chromium for the process, started on the first print and closed after two idle minutes. */
function sharedBrowser(): Promise<Browser> {
  clearTimeout(idle);
  idle = setTimeout(() => {
    const b = browser;
    browser = null;
    void b?.then((x) => x.close()).catch(() => undefined);
  }, 120_000);
  idle.unref();
  if (!browser) {
    browser = import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
    );
    const launched = browser;
    void launched.then(
      (b) =>
        b.on('disconnected', () => {
          if (browser === launched) browser = null;
        }),
      () => {
        if (browser === launched) browser = null;
      },
    );
  }
  return browser;
}

/** Prints HTML to an A4 PDF with the machine's Chromium and its CJK fonts. */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await context.close();
  }
}

/** Closes the shared Chromium (at shutdown, and in tests). */
export async function closePdfBrowser(): Promise<void> {
  clearTimeout(idle);
  const b = browser;
  browser = null;
  await b?.then((x) => x.close()).catch(() => undefined);
}

/** The bulletin as a workbook: the city's figures, then one sheet per ranking group. */
export async function bulletinXlsx(b: Bulletin, issuer: string, lang: Lang = 'zh'): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const s = b.snapshot;
  const city = wb.addWorksheet(translate(lang, 'doc.bulletin.city'));
  city.addRow([`${issuer} ${title(lang, b)}`]).font = { bold: true, size: 14 };
  city.addRow([
    translate(lang, 'doc.bulletin.statPeriod', {
      from: s.period.from,
      to: s.period.to,
      lastFrom: s.period.lastYearFrom,
      lastTo: s.period.lastYearTo,
    }),
  ]);
  city.addRow([]);
  city.addRow(['indicator', 'current', 'lastYear', 'yoyPp'].map((k) => col(lang, k))).font = { bold: true };
  city.addRow([col(lang, 'signedCount'), s.city.figures.signedCount, s.city.lastYear.signedCount, '']);
  city.addRow([col(lang, 'signedAmount'), s.city.figures.signedAmountWan, s.city.lastYear.signedAmountWan, '']);
  for (const k of RATE_KEYS) {
    city.addRow([
      col(lang, k),
      s.city.figures[k],
      s.city.lastYear[k],
      s.city.yoyPp[k] === null ? '' : Number(s.city.yoyPp[k]!.toFixed(4)),
    ]);
  }
  city.addRow([
    col(lang, 'foreignCapital'),
    Number(s.foreignCapital.usedUsdWan),
    Number(s.foreignCapital.lastYearUsedUsdWan),
    '',
  ]);
  city.getColumn(1).width = 26;
  for (const c of [2, 3, 4]) city.getColumn(c).width = 18;
  for (let r = 7; r <= 11; r++) for (const c of [2, 3]) city.getRow(r).getCell(c).numFmt = '0.00%';
  for (const g of s.groups) {
    const ws = wb.addWorksheet(g.name.slice(0, 31));
    ws.addRow(
      [
        'rank',
        'unit',
        'signedCount',
        'signedAmount',
        ...RATE_KEYS,
        'base',
        'bonus',
        'penalty',
        'staleSites',
        'score',
        'previousRank',
        'rankChange',
        'floorsMissed',
      ].map((k) => col(lang, k)),
    ).font = { bold: true };
    for (const u of g.units) {
      ws.addRow([
        u.rank,
        u.unitName,
        u.figures.signedCount,
        u.figures.signedAmountWan,
        ...RATE_KEYS.map((k) => u.figures[k]),
        u.base,
        u.bonus,
        u.penalty,
        // Bulletins sealed before stale sites counted have no figure.
        u.staleSites ?? null,
        u.score,
        u.previousRank,
        u.rankChange,
        u.floorsMissed.map((k) => INDICATOR_LABELS[k][lang]).join(lang === 'en' ? ', ' : '、'),
      ]);
    }
    ws.columns.forEach((c, i) => {
      c.width = i === 1 ? 22 : 13;
    });
    for (let r = 2; r <= g.units.length + 1; r++) for (let c = 5; c <= 9; c++) ws.getRow(r).getCell(c).numFmt = '0.00%';
  }
  if (b.remarks) wb.addWorksheet(translate(lang, 'doc.bulletin.remarks')).addRow([b.remarks]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
