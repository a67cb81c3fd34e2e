import { type Attainment, formatMoney, INDICATOR_LABELS, isRateIndicator, TARGET_ACTUAL_KEYS } from '@zhaoshang/shared';
import { Button, Descriptions, Popover, Table, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Adjustment, BulletinSnapshot, FigureKey, UnitEntry } from '../api.ts';
import { fixed2, formatRate } from '../bulletin-format.ts';
import { FigureLink } from './drill-context.tsx';

const FOUR_NEW = [
  ['signed', 'fourNewSigned'],
  ['started', 'fourNewStarted'],
  ['completed', 'fourNewCompleted'],
  ['producing', 'fourNewProducing'],
] as const satisfies readonly (readonly [keyof UnitEntry['fourNew'], FigureKey])[];

/** The score of one unit, and on click how it is made: the formula, each indicator's weight × attainment, bonus and penalty. */
export function ScoreBreakdown({ unit, snapshot }: { unit: UnitEntry; snapshot: BulletinSnapshot }) {
  const { t, lang } = useI18n();
  const { scheme } = snapshot;
  const scope = unit.unitName;
  const link = (figure: FigureKey, count: number) => (
    <FigureLink target={{ figure, unitId: unit.unitId, scope }}>{t('bulletin.countValue', { count })}</FigureLink>
  );
  const attainedValue = (a: Attainment) => {
    if (!a.applicable) return t('bulletin.score.noTarget');
    if (a.noData) return t('bulletin.score.noData');
    if (isRateIndicator(a.key)) return formatRate(a.value);
    const k = TARGET_ACTUAL_KEYS[a.key];
    return t('bulletin.score.actualOfTarget', {
      actual: formatMoney(String(unit.actuals[k] ?? 0), { decimals: 4 }),
      target: formatMoney(String(unit.targets[k] ?? 0), { decimals: 4 }),
    });
  };
  // Each row is shown rounded; when those roundings do not add up to the exact total, say so.
  const roundedSum = fixed2(unit.attainments.reduce((sum, a) => sum + Number(fixed2(a.weight * a.attainment)), 0));
  const adjustments: Adjustment[] = snapshot.adjustments.filter((a) => a.unitId === unit.unitId);

  const content = (
    <div style={{ width: 600, maxWidth: '80vw' }}>
      <Typography.Paragraph style={{ fontSize: 12 }} type="secondary">
        {snapshot.formula[lang]}
      </Typography.Paragraph>
      <Table<Attainment>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={unit.attainments}
        columns={[
          {
            title: t('bulletin.score.indicator'),
            key: 'key',
            render: (_, a) => INDICATOR_LABELS[a.key]?.[lang] ?? a.key,
          },
          { title: t('bulletin.score.weight'), key: 'weight', align: 'right', render: (_, a) => fixed2(a.weight) },
          { title: t('bulletin.score.value'), key: 'value', align: 'right', render: (_, a) => attainedValue(a) },
          {
            title: t('bulletin.score.attainment'),
            key: 'attainment',
            align: 'right',
            render: (_, a) => (a.applicable ? formatRate(a.attainment) : '—'),
          },
          {
            title: t('bulletin.score.points'),
            key: 'points',
            align: 'right',
            render: (_, a) => fixed2(a.weight * a.attainment),
          },
        ]}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('bulletin.score.base')}>
          <span>
            {fixed2(unit.base)}
            {roundedSum !== fixed2(unit.base) ? (
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {t('bulletin.score.roundingNote', { sum: roundedSum })}
              </Typography.Text>
            ) : null}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('bulletin.score.bonus')}>
          <div>
            <Typography.Text strong>+{fixed2(unit.bonus)}</Typography.Text>
            <div style={{ fontSize: 12 }}>
              {FOUR_NEW.map(([k, figure], i) => (
                <span key={k} style={{ whiteSpace: 'nowrap' }}>
                  {i > 0 ? t('bulletin.listSeparator') : null}
                  {t(`bulletin.fourNew.${k}`)} {link(figure, unit.fourNew[k])} × {scheme.bonus[k]}
                </span>
              ))}
              {scheme.bonusCap != null
                ? `${t('bulletin.separator')}${t('bulletin.score.cap', { cap: scheme.bonusCap })}`
                : null}
            </div>
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('bulletin.score.penalty')}>
          <div>
            <Typography.Text strong>−{fixed2(unit.penalty)}</Typography.Text>
            <div style={{ fontSize: 12 }}>
              <span style={{ whiteSpace: 'nowrap' }}>
                {t('bulletin.score.pastPlannedStart')} {link('pastPlannedStart', unit.pastPlannedStart)} ×{' '}
                {scheme.penalties.pastPlannedStart}
              </span>
              {t('bulletin.listSeparator')}
              <span style={{ whiteSpace: 'nowrap' }}>
                {t('bulletin.score.falsified', { count: unit.falsified })} × {scheme.penalties.falsified}
              </span>
              {scheme.penalties.staleSites ? (
                <>
                  {t('bulletin.listSeparator')}
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {t('bulletin.score.staleSites', { count: unit.staleSites ?? 0 })} × {scheme.penalties.staleSites}
                    {scheme.staleSitesCap != null
                      ? `${t('bulletin.separator')}${t('bulletin.score.cap', { cap: scheme.staleSitesCap })}`
                      : null}
                  </span>
                </>
              ) : null}
            </div>
          </div>
        </Descriptions.Item>
        {adjustments.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: adjustments are a fixed list frozen with the bulletin
          <Descriptions.Item key={i} label={t('bulletin.score.falsifiedNote')}>
            {a.note}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('bulletin.score.total')}>
          <Typography.Text strong>{fixed2(unit.score)}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="left"
      title={t('bulletin.score.title', { unit: unit.unitName })}
      content={content}
    >
      <Button type="link" size="small" style={{ padding: 0, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {fixed2(unit.score)}
      </Button>
    </Popover>
  );
}
