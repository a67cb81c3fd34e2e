import { formatMoney, INDICATOR_LABELS, type IndicatorKey } from '@zhaoshang/shared';
import type { BulletinSnapshot, Figures, RateKey, UnitEntry } from './bulletin-compute.ts';
import type { BulletinRow } from './bulletins.repository.ts';
import { bulletinTitle } from './bulletins.service.ts';

type Bulletin = BulletinRow & { snapshot: BulletinSnapshot };

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);
const pp = (r: number | null) => (r === null ? '—' : `${r >= 0 ? '+' : ''}${r.toFixed(2)} 个百分点`);
const rankChange = (c: number | null) => (c === null ? '—' : c > 0 ? `↑${c}` : c < 0 ? `↓${-c}` : '—');

const RATE_LABELS: Record<RateKey, string> = {
  contractRate: '合同率',
  registrationRate: '注册率',
  readyRate: '达到开工条件率',
  fitShareCount: '符合产业定位（个数）',
  fitShareAmount: '符合产业定位（金额）',
};

/** Escapes text for the HTML template: the bulletin prints text, never markup (unit names come from users). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The bulletin as an A4 page in official-document style: red title, issuing unit and date, tables, remarks. */
export function bulletinHtml(b: Bulletin, issuer: string): string {
  const s = b.snapshot;
  const e = escapeHtml;
  const floorsOf = new Map(s.scheme.indicators.filter((i) => i.floor != null).map((i) => [i.key, i.floor!]));
  const cell = (u: UnitEntry, k: RateKey) => {
    const missed = u.floorsMissed.includes(k as IndicatorKey);
    return `<td class="num${missed ? ' missed' : ''}">${pct(u.figures[k])}</td>`;
  };
  const cityRow = (label: string, f: Figures) =>
    `<tr><td class="period">${label}</td><td class="num">${f.signedCount}</td><td class="num">${formatMoney(f.signedAmountYuan, { from: 'yuan' })}</td>${(['contractRate', 'registrationRate', 'readyRate', 'fitShareCount', 'fitShareAmount'] as const).map((k) => `<td class="num">${pct(f[k])}</td>`).join('')}</tr>`;
  const groups = s.groups
    .filter((g) => g.units.length > 0)
    .map(
      (g, i) => `
    <h2>${'二三四五六七八九十'[i] ?? ''}、${e(g.name)}</h2>
    <table>
      <thead><tr><th>排名</th><th>单位</th><th>签约项目<br>（个）</th><th>签约金额<br>（万元）</th><th>合同率</th><th>注册率</th><th>达到开工<br>条件率</th><th>得分</th><th>名次<br>变化</th></tr></thead>
      <tbody>${g.units
        .map(
          (u) =>
            `<tr><td class="num">${u.rank ?? '—'}</td><td class="name">${e(u.unitName)}</td><td class="num">${u.figures.signedCount}</td><td class="num">${formatMoney(u.figures.signedAmountYuan, { from: 'yuan' })}</td>${cell(u, 'contractRate')}${cell(u, 'registrationRate')}${cell(u, 'readyRate')}<td class="num">${u.score.toFixed(2)}</td><td class="num">${rankChange(u.rankChange)}</td></tr>`,
        )
        .join('')}</tbody>
    </table>`,
    )
    .join('');
  const floors = [...floorsOf].map(([k, f]) => `${INDICATOR_LABELS[k].zh}${(f * 100).toFixed(0)}%`).join('、');
  const fc = s.foreignCapital;
  const date = (b.published_at ?? b.created_at).slice(0, 10);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(bulletinTitle(b))}</title><style>
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
  ${b.status === 'draft' ? '<div class="draft">草稿</div>' : ''}
  <p class="issuer">招商引资工作通报</p>
  <p class="number">${e(bulletinTitle(b))}</p>
  <hr class="red">
  <h1>${s.period.year}年1—${s.period.month}月招商引资工作考核情况通报</h1>
  <p>${s.period.from} 至 ${s.period.to}，全市新签约项目 ${s.city.figures.signedCount} 个，协议投资 ${formatMoney(s.city.figures.signedAmountYuan, { from: 'yuan' })} 万元；合同率 ${pct(s.city.figures.contractRate)}（同比 ${pp(s.city.yoyPp.contractRate)}），注册率 ${pct(s.city.figures.registrationRate)}（同比 ${pp(s.city.yoyPp.registrationRate)}），达到开工条件率 ${pct(s.city.figures.readyRate)}（同比 ${pp(s.city.yoyPp.readyRate)}）；符合产业定位项目占比 ${pct(s.city.figures.fitShareCount)}（同比 ${pp(s.city.yoyPp.fitShareCount)}），金额占比 ${pct(s.city.figures.fitShareAmount)}（同比 ${pp(s.city.yoyPp.fitShareAmount)}）。实际使用外资 ${formatMoney(fc.usedUsdWan)} 万美元${fc.share === null ? '' : `，完成年度目标的 ${pct(fc.share)}`}${fc.yoy === null ? '' : `，同比 ${fc.yoy >= 0 ? '增长' : '下降'} ${(Math.abs(fc.yoy) * 100).toFixed(1)}%`}。</p>
  <h2>一、全市主要指标</h2>
  <table><thead><tr><th>期间</th><th>签约项目<br>（个）</th><th>签约金额<br>（万元）</th>${Object.values(RATE_LABELS)
    .map((l) => `<th>${l.replace('（', '<br>（')}</th>`)
    .join('')}</tr></thead>
  <tbody>${cityRow(`${s.period.year}年1—${s.period.month}月`, s.city.figures)}${cityRow(`${s.period.year - 1}年1—${s.period.month}月`, s.city.lastYear)}</tbody></table>
  ${groups}
  <p class="note">注：底线目标为${e(floors)}，红色粗体为未达底线。${e(s.formula.zh)}</p>
  ${
    b.remarks
      ? `<h2>备注</h2>${b.remarks
          .split(/\n+/)
          .map((l) => `<p>${e(l)}</p>`)
          .join('')}`
      : ''
  }
  <p class="sign">${e(issuer)}<br>${y}年${m}月${d}日</p>
  ${b.snapshot_hash ? `<p class="note">校验码（SM3）：${b.snapshot_hash}</p>` : ''}
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
export async function bulletinXlsx(b: Bulletin, issuer: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const s = b.snapshot;
  const city = wb.addWorksheet('全市');
  city.addRow([`${issuer} ${bulletinTitle(b)}`]).font = { bold: true, size: 14 };
  city.addRow([
    `统计期：${s.period.from} 至 ${s.period.to}；上年同期 ${s.period.lastYearFrom} 至 ${s.period.lastYearTo}`,
  ]);
  city.addRow([]);
  city.addRow(['指标', '本期', '上年同期', '同比（百分点）']).font = { bold: true };
  city.addRow(['签约项目（个）', s.city.figures.signedCount, s.city.lastYear.signedCount, '']);
  city.addRow(['签约金额（万元）', s.city.figures.signedAmountWan, s.city.lastYear.signedAmountWan, '']);
  for (const k of Object.keys(RATE_LABELS) as RateKey[]) {
    city.addRow([
      RATE_LABELS[k],
      s.city.figures[k],
      s.city.lastYear[k],
      s.city.yoyPp[k] === null ? '' : Number(s.city.yoyPp[k]!.toFixed(4)),
    ]);
  }
  city.addRow([
    '实际使用外资（万美元）',
    Number(s.foreignCapital.usedUsdWan),
    Number(s.foreignCapital.lastYearUsedUsdWan),
    '',
  ]);
  city.getColumn(1).width = 26;
  for (const c of [2, 3, 4]) city.getColumn(c).width = 18;
  for (let r = 7; r <= 11; r++) for (const c of [2, 3]) city.getRow(r).getCell(c).numFmt = '0.00%';
  for (const g of s.groups) {
    const ws = wb.addWorksheet(g.name.slice(0, 31));
    ws.addRow([
      '排名',
      '单位',
      '签约项目（个）',
      '签约金额（万元）',
      ...Object.values(RATE_LABELS),
      '基础分',
      '加分',
      '扣分',
      '得分',
      '上期排名',
      '名次变化',
      '未达底线',
    ]).font = { bold: true };
    for (const u of g.units) {
      ws.addRow([
        u.rank,
        u.unitName,
        u.figures.signedCount,
        u.figures.signedAmountWan,
        ...(Object.keys(RATE_LABELS) as RateKey[]).map((k) => u.figures[k]),
        u.base,
        u.bonus,
        u.penalty,
        u.score,
        u.previousRank,
        u.rankChange,
        u.floorsMissed.map((k) => INDICATOR_LABELS[k].zh).join('、'),
      ]);
    }
    ws.columns.forEach((c, i) => {
      c.width = i === 1 ? 22 : 13;
    });
    for (let r = 2; r <= g.units.length + 1; r++) for (let c = 5; c <= 9; c++) ws.getRow(r).getCell(c).numFmt = '0.00%';
  }
  if (b.remarks) wb.addWorksheet('备注').addRow([b.remarks]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
