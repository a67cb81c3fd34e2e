import { isCalendarDate } from './dates.ts';

/**
 * The stages a project moves through after signing, in order. Intent (意向) is a project
 * with no signing date yet. Contract and registration are independent of each other and of
 * the construction stages; the construction stages are ordered.
 */
export const PROJECT_STAGES = [
  'signed',
  'contracted',
  'registered',
  'ready',
  'started',
  'completed',
  'producing',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export type StageDates = Partial<Record<ProjectStage, string | null>>;

export const PROJECT_STAGE_LABELS: Record<ProjectStage | 'intent', { zh: string; en: string }> = {
  intent: { zh: '意向', en: 'Intent' },
  signed: { zh: '签约', en: 'Signed' },
  contracted: { zh: '合同', en: 'Contracted' },
  registered: { zh: '注册', en: 'Registered' },
  ready: { zh: '达到开工条件', en: 'Ready to start' },
  started: { zh: '开工', en: 'Started' },
  completed: { zh: '竣工', en: 'Completed' },
  producing: { zh: '投产', en: 'In production' },
};

export const PROJECT_STATUSES = ['active', 'stalled', 'terminated'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, { zh: string; en: string }> = {
  active: { zh: '在建', en: 'Active' },
  stalled: { zh: '停滞', en: 'Stalled' },
  terminated: { zh: '终止', en: 'Terminated' },
};

export const BLOCKER_CATEGORIES = ['land', 'permit', 'power', 'financing', 'policy', 'other'] as const;
export type BlockerCategory = (typeof BLOCKER_CATEGORIES)[number];
export const BLOCKER_CATEGORY_LABELS: Record<BlockerCategory, { zh: string; en: string }> = {
  land: { zh: '用地', en: 'Land' },
  permit: { zh: '审批', en: 'Permits' },
  power: { zh: '用电用能', en: 'Power and energy' },
  financing: { zh: '融资', en: 'Financing' },
  policy: { zh: '政策', en: 'Policy' },
  other: { zh: '其他', en: 'Other' },
};

/** The construction stages in order: each date, when present, is on or after the one before. */
const ORDERED: ProjectStage[] = ['ready', 'started', 'completed', 'producing'];

export type StageProblem = { stage: ProjectStage; message: string };

/**
 * What is wrong with a project's stage dates, in the clerk's words: dates that are not
 * calendar dates, dates in the future, construction stages out of order, and stages after
 * signing with no signing date. Starting with no readiness date is allowed (starting
 * implies readiness) and is left to the data-quality report.
 */
export function checkStageDates(dates: StageDates, today: string): StageProblem[] {
  const problems: StageProblem[] = [];
  const label = (s: ProjectStage) => PROJECT_STAGE_LABELS[s].zh;
  for (const stage of PROJECT_STAGES) {
    const d = dates[stage];
    if (d == null) continue;
    if (!isCalendarDate(d))
      problems.push({ stage, message: `${label(stage)}日期“${d}”不是有效日期（格式 YYYY-MM-DD）` });
    else if (d > today) problems.push({ stage, message: `${label(stage)}日期 ${d} 晚于今天，不能预填将来的日期` });
  }
  if (problems.length) return problems;
  for (let i = 1; i < ORDERED.length; i++) {
    const stage = ORDERED[i]!;
    const d = dates[stage];
    if (!d) continue;
    // Compare with the nearest earlier construction stage that has a date.
    for (let j = i - 1; j >= 0; j--) {
      const before = dates[ORDERED[j]!];
      if (!before) continue;
      if (d < before)
        problems.push({ stage, message: `${label(stage)}日期 ${d} 早于${label(ORDERED[j]!)}日期 ${before}` });
      break;
    }
  }
  if (!dates.signed) {
    const later = PROJECT_STAGES.filter((s) => s !== 'signed' && dates[s]);
    if (later.length)
      problems.push({
        stage: later[0]!,
        message: `尚未签约的项目不能填写${later.map(label).join('、')}日期，请先填写签约日期`,
      });
  } else {
    for (const stage of PROJECT_STAGES) {
      const d = dates[stage];
      if (stage !== 'signed' && d && d < dates.signed && ORDERED.includes(stage)) {
        problems.push({ stage, message: `${label(stage)}日期 ${d} 早于签约日期 ${dates.signed}` });
      }
    }
  }
  return problems;
}

/** The furthest stage a project has reached (readiness implied by starting), or intent. */
export function currentStage(dates: StageDates): ProjectStage | 'intent' {
  for (const stage of ['producing', 'completed', 'started', 'ready', 'registered', 'contracted', 'signed'] as const) {
    if (dates[stage]) return stage;
  }
  return 'intent';
}

/** Major project (重大项目): agreed investment at or above the threshold (default 10亿元). */
export function isMajorProject(agreedYuan: bigint, thresholdYuan: bigint): boolean {
  return agreedYuan >= thresholdYuan;
}

/** Yuan (integer) from an amount in 万元 with at most four decimals, exactly. */
export function wanToYuan(wan: string): bigint {
  const [int, frac = ''] = wan.split('.') as [string, string?];
  return BigInt(int) * 10000n + BigInt((frac + '0000').slice(0, 4));
}

/** An amount in yuan written in 万元, exactly (trailing zeros trimmed). */
export function yuanToWan(yuan: bigint): string {
  const negative = yuan < 0n;
  const abs = negative ? -yuan : yuan;
  const frac = (abs % 10000n).toString().padStart(4, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / 10000n}${frac ? `.${frac}` : ''}`;
}
