import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import {
  formatChange,
  formatPercent,
  formatPpChange,
  formatUsdMillions,
  ratio,
  sumWan,
} from '../../../components/figures.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Dashboard } from '../api.ts';
import { samePeriodTotals, throughMonth } from '../chart-options.ts';
import { useLargeYuan } from '../hooks/use-large-yuan.ts';

function Figure(props: {
  title: string;
  value: string | number;
  suffix?: string;
  note: ReactNode;
  onClick: () => void;
}) {
  return (
    <Card
      size="small"
      hoverable
      onClick={props.onClick}
      role="button"
      tabIndex={0}
      onKeyDown={(e) => e.key === 'Enter' && props.onClick()}
      style={{ height: '100%' }}
    >
      <Statistic title={props.title} value={props.value} suffix={props.suffix} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {props.note}
      </Typography.Text>
    </Card>
  );
}

/** The year so far in four numbers, each against last year's same months; each opens the list behind it. */
export function HeadlineFigures(props: {
  data: Dashboard;
  onSigned: () => void;
  onAmount: () => void;
  onContracts: () => void;
  onForeign: () => void;
}) {
  const { t } = useI18n();
  const largeYuanText = useLargeYuan();
  const { data } = props;
  const totals = samePeriodTotals(data.signedByMonth, throughMonth(data.window));
  const amount = sumWan(totals.amountWan);
  const lastAmount = sumWan(totals.lastAmountWan);
  const countChange = totals.lastCount > 0 ? (totals.count - totals.lastCount) / totals.lastCount : null;
  const amountChange = ratio(amount, lastAmount);
  const contractRate = data.funnel.signed > 0 ? data.funnel.contracted / data.funnel.signed : null;
  const fc = data.foreignCapital;
  const vsLast = (change: number | null) => t('dashboard.headline.vsLastYear', { change: formatChange(change) });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} lg={6}>
        <Figure
          title={t('dashboard.headline.signed')}
          value={totals.count}
          suffix={t('dashboard.unit.count')}
          note={vsLast(countChange)}
          onClick={props.onSigned}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Figure
          title={t('dashboard.headline.amount')}
          value={largeYuanText(amount)}
          note={vsLast(amountChange === null ? null : amountChange - 1)}
          onClick={props.onAmount}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Figure
          title={t('dashboard.headline.contractRate')}
          value={formatPercent(contractRate)}
          note={
            <>
              {t('dashboard.headline.contractNote', {
                contracted: data.funnel.contracted,
                signed: data.funnel.signed,
                floor: formatPercent(data.floors.contractRate, 0),
              })}
              <br />
              {t('dashboard.headline.ppVsLastYear', {
                change: formatPpChange(data.cityRates.contractRate, data.cityRates.lastYear.contractRate),
              })}
            </>
          }
          onClick={props.onContracts}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Figure
          title={t('dashboard.headline.foreign')}
          value={formatUsdMillions(fc.usedUsdWan)}
          note={t('dashboard.headline.foreignNote', { share: formatPercent(fc.share), change: formatChange(fc.yoy) })}
          onClick={props.onForeign}
        />
      </Col>
    </Row>
  );
}
