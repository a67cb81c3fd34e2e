import type { RateIndicatorKey } from '@zhaoshang/shared';
import { Typography } from 'antd';
import { createContext, type ReactNode, useContext } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { FigureKey, Figures } from '../api.ts';

/** What a click on a number asks for: the figure, and the unit (none for the city). */
export type DrillTarget = {
  figure: FigureKey;
  unitId?: number;
  scope: string;
  rate?: RateIndicatorKey;
  figures?: Figures;
};

/** Opens the drawer listing the projects behind a number; provided by the bulletin view. */
export const DrillContext = createContext<(target: DrillTarget) => void>(() => undefined);

/**
 * A number of the bulletin that lists its projects when clicked. Every count, amount and
 * rate is one: a ranking that decides careers must show what it is made of.
 */
export function FigureLink({
  target,
  children,
  danger,
}: {
  target: DrillTarget;
  children: ReactNode;
  danger?: boolean;
}) {
  const open = useContext(DrillContext);
  const { t } = useI18n();
  return (
    <Typography.Link
      onClick={() => open(target)}
      title={t('bulletin.drill.hint')}
      type={danger ? 'danger' : undefined}
      strong={danger}
      style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontSize: 'inherit' }}
    >
      {children}
    </Typography.Link>
  );
}

/** The events behind a unit's events indicator: the unit, and its name for the drawer's title. */
export type EventsDrillTarget = { unitId?: number; scope: string };

/** Opens the drawer listing the events behind an events figure; provided by the bulletin view. */
export const EventsDrillContext = createContext<(target: EventsDrillTarget) => void>(() => undefined);

/** An events figure of the bulletin (events organised and held) that lists its events when clicked. */
export function EventsLink({ target, count }: { target: EventsDrillTarget; count: number }) {
  const open = useContext(EventsDrillContext);
  const { t } = useI18n();
  return (
    <Typography.Link
      onClick={() => open(target)}
      title={t('bulletin.events.hint')}
      aria-label={t('bulletin.events.label', { scope: target.scope, count })}
      style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontSize: 'inherit' }}
    >
      {count}
    </Typography.Link>
  );
}
