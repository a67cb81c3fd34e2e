import { isCalendarDate } from './dates.ts';
import { labelTable, type Message, msg } from './messages/index.ts';

/** The kinds of event the city holds (推介会, 洽谈会, 展会, 投资环境说明会, 客商考察, 产学研洽谈会, 创新创业大赛). */
export const EVENT_KINDS = ['promotion', 'negotiation', 'fair', 'briefing', 'visit', 'research', 'contest'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** City-level major events (the 91 over three years) and the units' own. */
export const EVENT_LEVELS = ['city_major', 'local'] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

/** The regions events target (长三角, 京津冀, 成渝, 粤港澳大湾区…). */
export const EVENT_REGIONS = [
  'yangtze_delta',
  'beijing_tianjin_hebei',
  'chengdu_chongqing',
  'greater_bay_area',
  'local',
  'overseas',
  'other',
] as const;
export type EventRegion = (typeof EVENT_REGIONS)[number];

export const EVENT_KIND_LABELS = labelTable('label.eventKind', EVENT_KINDS);
export const EVENT_LEVEL_LABELS = labelTable('label.eventLevel', EVENT_LEVELS);
export const EVENT_REGION_LABELS = labelTable('label.eventRegion', EVENT_REGIONS);

/** A value from its label in either language, or its code (import files write the Chinese label). */
export function eventValueOf<V extends string>(
  labels: Record<V, { zh: string; en: string }>,
  text: string,
): V | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return (Object.keys(labels) as V[]).find(
    (v) => v === t || labels[v].zh === text.trim() || labels[v].en.toLowerCase() === t,
  );
}

/** The shape an event is written in, on both sides. */
export type EventInput = {
  name: string;
  kind: EventKind;
  level: EventLevel;
  place?: string | null;
  region?: EventRegion | null;
  campaignId?: number | null;
  startsOn: string;
  endsOn: string;
  organiserUnitIds: number[];
  notes?: string | null;
};

/** What is wrong with an event's dates (field and message), or null: both real days, the end not before the start. */
export function eventDatesProblem(startsOn: string, endsOn: string): { field: string; message: Message } | null {
  if (!isCalendarDate(startsOn)) return { field: 'startsOn', message: msg('event.dateInvalid', { value: startsOn }) };
  if (!isCalendarDate(endsOn)) return { field: 'endsOn', message: msg('event.dateInvalid', { value: endsOn }) };
  if (endsOn < startsOn) return { field: 'endsOn', message: msg('event.endsBeforeStart', { startsOn, endsOn }) };
  return null;
}

/** The yield of an event or campaign: guests → leads → filings → signed projects → amount. */
export type EventYield = {
  guests: number;
  leads: number;
  filings: number;
  signed: number;
  /** Agreed investment of the signed projects, 万元, exact. */
  amountWan: string;
  /** Foreign investment of the signed projects, 万美元, exact. */
  foreignUsdWan: string;
};

/** A label table of events' values. */
export type EventValueLabels = Record<string, { zh: string; en: string }>;
