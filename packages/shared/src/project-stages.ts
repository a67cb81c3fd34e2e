import { isCalendarDate } from './dates.ts';
import { labelTable, type Message, msg } from './messages/index.ts';

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

export const PROJECT_STAGE_LABELS = labelTable('label.stage', ['intent', ...PROJECT_STAGES] as const);

export const PROJECT_STATUSES = ['active', 'stalled', 'terminated'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS = labelTable('label.projectStatus', PROJECT_STATUSES);

export const BLOCKER_CATEGORIES = ['land', 'permit', 'power', 'financing', 'policy', 'other'] as const;
export type BlockerCategory = (typeof BLOCKER_CATEGORIES)[number];
export const BLOCKER_CATEGORY_LABELS = labelTable('label.blockerCategory', BLOCKER_CATEGORIES);

/** The construction stages in order: each date, when present, is on or after the one before. */
const ORDERED: ProjectStage[] = ['ready', 'started', 'completed', 'producing'];

/** A stage-date problem: the stage at fault and what is wrong, as a catalogue message. */
export type StageProblem = { stage: ProjectStage; message: Message };

/**
 * What is wrong with a project's stage dates, as catalogue codes: dates that are not
 * calendar dates, dates in the future, construction stages out of order, and stages after
 * signing with no signing date. Starting with no readiness date is allowed (starting
 * implies readiness) and is left to the data-quality report.
 */
export function checkStageDates(dates: StageDates, today: string): StageProblem[] {
  const problems: StageProblem[] = [];
  const label = (s: ProjectStage) => msg(`label.stage.${s}`);
  for (const stage of PROJECT_STAGES) {
    const d = dates[stage];
    if (d == null) continue;
    if (!isCalendarDate(d))
      problems.push({ stage, message: msg('stage.invalidDate', { stage: label(stage), date: d }) });
    else if (d > today) problems.push({ stage, message: msg('stage.future', { stage: label(stage), date: d }) });
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
        problems.push({
          stage,
          message: msg('stage.beforeStage', {
            stage: label(stage),
            date: d,
            other: label(ORDERED[j]!),
            otherDate: before,
          }),
        });
      break;
    }
  }
  if (!dates.signed) {
    const later = PROJECT_STAGES.filter((s) => s !== 'signed' && dates[s]);
    if (later.length)
      problems.push({
        stage: later[0]!,
        message: msg('stage.notSigned', { stages: later.map(label) }),
      });
  } else {
    for (const stage of PROJECT_STAGES) {
      const d = dates[stage];
      if (stage !== 'signed' && d && d < dates.signed && ORDERED.includes(stage)) {
        problems.push({
          stage,
          message: msg('stage.beforeStage', {
            stage: label(stage),
            date: d,
            other: label('signed'),
            otherDate: dates.signed,
          }),
        });
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
