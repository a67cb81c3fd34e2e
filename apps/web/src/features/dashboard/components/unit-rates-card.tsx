import { Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { formatPercent } from '../../../components/figures.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type Dashboard, UNIT_RATE_KEYS, type UnitRateKey, type UnitRates } from '../api.ts';
import { COLORS, hasRateData, isBelowFloor, unitRatesOption } from '../chart-options.ts';
import { ChartCard, ClickHint } from './chart-card.tsx';
import { EChart } from './echart.tsx';

/** (3) Each host unit's contract, registration and ready-to-start rates against the scheme's floors. */
export function UnitRatesCard({
  data,
  onRate,
}: {
  data: Dashboard;
  onRate: (unit: UnitRates, key: UnitRateKey) => void;
}) {
  const { t } = useI18n();
  const rateLabel = (key: UnitRateKey) => t(`dashboard.rate.${key}`);
  const option = useMemo(
    () =>
      unitRatesOption(data.unitRates, data.floors, {
        rateLabel: (key) => t(`dashboard.rate.${key}`),
        floorLabel: (_key, percent) => t('dashboard.rates.floorLine', { floor: percent }),
        signedLine: (count) => t('dashboard.rates.signed', { count }),
        noData: t('dashboard.rates.noSigned'),
      }),
    [data.unitRates, data.floors, t],
  );
  const missed = UNIT_RATE_KEYS.map((key) => ({
    key,
    units: data.unitRates.filter((r) => isBelowFloor(r[key], data.floors[key])).map((r) => r.unit.name),
  }));
  const summary = (
    <Space wrap size={[4, 4]}>
      {missed.map(({ key, units }) =>
        data.floors[key] === undefined ? null : (
          <Tag key={key} color={units.length ? 'red' : 'green'} style={{ borderColor: COLORS.rates[key] }}>
            {t('dashboard.rates.missed', {
              rate: rateLabel(key),
              floor: formatPercent(data.floors[key], 0),
              count: units.length,
            })}
          </Tag>
        ),
      )}
    </Space>
  );
  return (
    <ChartCard
      title={t('dashboard.rates.title')}
      unit={t('dashboard.rates.units')}
      summary={summary}
      empty={!hasRateData(data.unitRates)}
      emptyText={t('dashboard.rates.empty')}
      extra={<ClickHint>{t('dashboard.rates.hint')}</ClickHint>}
    >
      <EChart
        option={option}
        height={300}
        onClick={(e) => {
          const unit = data.unitRates[e.dataIndex];
          const key = UNIT_RATE_KEYS[e.seriesIndex ?? -1];
          if (e.componentType === 'series' && unit && key) onRate(unit, key);
        }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('dashboard.rates.legendNote')}
      </Typography.Text>
    </ChartCard>
  );
}
