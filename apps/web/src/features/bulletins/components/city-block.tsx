import { formatMoney, INDICATOR_LABELS, RATE_INDICATOR_KEYS, type RateIndicatorKey } from '@zhaoshang/shared';
import { Card, Col, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { BulletinSnapshot } from '../api.ts';
import { formatRate, percentChange, ppChange, RATE_NUMERATOR, TONE_COLORS, type Tone } from '../bulletin-format.ts';
import type { DrillTarget } from './drill-context.tsx';
import { FigureLink } from './drill-context.tsx';

/** A change with its colour: green up, red down. */
export function Change({
  change,
  suffix,
}: {
  change: { value: string; tone: Tone } | null;
  suffix?: (value: string) => string;
}) {
  if (!change) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span style={{ color: TONE_COLORS[change.tone], whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {suffix ? suffix(change.value) : change.value}
    </span>
  );
}

function Figure({ label, value, lines }: { label: string; value: ReactNode; lines: ReactNode[] }) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {label}
      </Typography.Text>
      <div style={{ fontSize: 24, lineHeight: '36px', fontWeight: 600 }}>{value}</div>
      <Space orientation="vertical" size={0} style={{ fontSize: 13 }}>
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of lines, never reordered
          <span key={i}>{line}</span>
        ))}
      </Space>
    </Card>
  );
}

/** The city as a whole: signed count and amount against last year, the five rates with their year-on-year change, foreign capital. */
export function CityBlock({ snapshot }: { snapshot: BulletinSnapshot }) {
  const { t, lang } = useI18n();
  const { city, foreignCapital: fc, period } = snapshot;
  const scope = t('bulletin.city');
  const target = (figure: DrillTarget['figure'], rate?: RateIndicatorKey): DrillTarget => ({
    figure,
    scope,
    rate,
    figures: city.figures,
  });
  const pp = (value: string) => t('bulletin.pp', { value });
  const lastYear = t('bulletin.lastYearLabel');

  return (
    <Card
      title={t('bulletin.cityTitle')}
      size="small"
      extra={
        <Typography.Text type="secondary">
          {t('bulletin.lastYearPeriod', { from: period.lastYearFrom, to: period.lastYearTo })}
        </Typography.Text>
      }
    >
      <Row gutter={[12, 12]}>
        <Col xs={24} sm={12} lg={8}>
          <Figure
            label={t('bulletin.signedCount')}
            value={
              <FigureLink target={target('signed')}>
                {t('bulletin.countValue', { count: city.figures.signedCount })}
              </FigureLink>
            }
            lines={[
              <span key="ly">
                {lastYear}
                <FigureLink target={{ figure: 'lastYearSigned', scope }}>
                  {t('bulletin.countValue', { count: city.lastYear.signedCount })}
                </FigureLink>
              </span>,
              <span key="yoy">
                {t('bulletin.yoyLabel')}
                <Change change={percentChange(city.signedCountChange)} />
              </span>,
            ]}
          />
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Figure
            label={t('bulletin.signedAmount')}
            value={
              <FigureLink target={target('amount')}>
                {t('bulletin.wanValue', { value: formatMoney(city.figures.signedAmountYuan, { from: 'yuan' }) })}
              </FigureLink>
            }
            lines={[
              <span key="ly">
                {lastYear}
                {t('bulletin.wanValue', { value: formatMoney(city.lastYear.signedAmountYuan, { from: 'yuan' }) })}
              </span>,
              <Typography.Text key="n" type="secondary">
                {t('bulletin.majorThreshold', { value: formatMoney(snapshot.majorThresholdWan) })}
              </Typography.Text>,
            ]}
          />
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Figure
            label={t('bulletin.foreignUsed')}
            value={
              <span style={{ whiteSpace: 'nowrap' }}>
                {t('bulletin.usdWanValue', { value: formatMoney(fc.usedUsdWan) })}
              </span>
            }
            lines={[
              <span key="target">
                {t('bulletin.foreignTarget', { value: formatMoney(fc.targetUsdWan) })}
                {t('bulletin.separator')}
                {t('bulletin.foreignShare', { value: formatRate(fc.share) })}
              </span>,
              <span key="ly">
                {lastYear}
                {t('bulletin.usdWanValue', { value: formatMoney(fc.lastYearUsedUsdWan) })}
                {t('bulletin.separator')}
                {t('bulletin.yoyLabel')}
                <Change change={percentChange(fc.yoy)} />
              </span>,
            ]}
          />
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        {RATE_INDICATOR_KEYS.map((key) => (
          <Col key={key} xs={{ flex: '100%' }} sm={{ flex: '50%' }} lg={{ flex: '33.33%' }} xl={{ flex: '20%' }}>
            <Figure
              label={INDICATOR_LABELS[key][lang]}
              value={<FigureLink target={target(RATE_NUMERATOR[key], key)}>{formatRate(city.figures[key])}</FigureLink>}
              lines={[
                <span key="ly">
                  {lastYear}
                  {formatRate(city.lastYear[key])}
                </span>,
                <span key="pp">
                  {t('bulletin.yoyLabel')}
                  <Change change={ppChange(city.yoyPp[key])} suffix={pp} />
                </span>,
              ]}
            />
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {t('bulletin.foreignNote')}
      </Typography.Paragraph>
    </Card>
  );
}
