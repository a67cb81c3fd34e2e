import { formatMoney, INDICATOR_LABELS } from '@zhaoshang/shared';
import { Alert, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatRate, rateDenominator } from '../bulletin-format.ts';
import type { DrillTarget } from './drill-context.tsx';

/** How the clicked number is made: a rate as numerator ÷ denominator (the denominator one click away), an amount's scope. */
export function DrillExplanation({
  target,
  count,
  onNavigate,
}: {
  target: DrillTarget;
  count: number | undefined;
  onNavigate: (target: DrillTarget) => void;
}) {
  const { t, lang } = useI18n();
  const figures = target.figures;
  const go = (figure: DrillTarget['figure']) =>
    onNavigate({ figure, unitId: target.unitId, scope: target.scope, figures });
  const countText = count === undefined ? '…' : String(count);

  if (target.rate && figures) {
    const rate = target.rate;
    const denominator = rateDenominator(rate);
    const link = (
      <Typography.Link onClick={() => go(denominator)}>
        {denominator === 'amount'
          ? t('bulletin.drill.denominatorAmount', { amount: formatMoney(figures.signedAmountYuan, { from: 'yuan' }) })
          : t('bulletin.drill.denominatorCount', { count: figures.signedCount })}
      </Typography.Link>
    );
    return (
      <Alert
        type="info"
        showIcon
        title={t('bulletin.drill.rateMade', {
          rate: INDICATOR_LABELS[rate][lang],
          value: formatRate(figures[rate]),
          numerator: t(`bulletin.figure.${target.figure}`),
          count: countText,
        })}
        description={
          <span>
            {t('bulletin.drill.denominatorIs')} {link}
            {rate === 'readyRate' ? (
              <>
                {t('bulletin.separator')}
                <Typography.Link onClick={() => go('readyImplied')}>{t('bulletin.drill.showImplied')}</Typography.Link>
              </>
            ) : null}
          </span>
        }
      />
    );
  }
  if (target.figure === 'amount' && figures) {
    return (
      <Alert
        type="info"
        showIcon
        title={t('bulletin.drill.amountMade', {
          amount: formatMoney(figures.signedAmountYuan, { from: 'yuan' }),
          count: countText,
        })}
        description={t('bulletin.drill.amountNote')}
      />
    );
  }
  const note =
    target.figure === 'readyImplied'
      ? t('bulletin.drill.impliedNote')
      : target.figure === 'pastPlannedStart'
        ? t('bulletin.drill.pastPlannedNote')
        : null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('bulletin.drill.count', { count: countText })}
      description={note ?? undefined}
    />
  );
}
