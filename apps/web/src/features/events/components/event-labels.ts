import {
  EVENT_KIND_LABELS,
  EVENT_LEVEL_LABELS,
  EVENT_REGION_LABELS,
  type EventKind,
  type EventLevel,
  type EventRegion,
} from '@zhaoshang/shared';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** The labels of an event's kind, level and region in the reader's language (the shared catalogue). */
export function useEventLabels() {
  const { lang } = useI18n();
  return {
    kind: (k: EventKind) => EVENT_KIND_LABELS[k][lang],
    level: (l: EventLevel) => EVENT_LEVEL_LABELS[l][lang],
    region: (r: EventRegion) => EVENT_REGION_LABELS[r][lang],
  };
}

export const KIND_COLORS: Record<EventKind, string> = {
  promotion: 'blue',
  negotiation: 'cyan',
  fair: 'orange',
  briefing: 'purple',
  visit: 'green',
  research: 'geekblue',
  contest: 'magenta',
};
