import { formatMoney, INDICATOR_LABELS, type RateIndicatorKey, type UnitKind } from '@zhaoshang/shared';
import { Card, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { BulletinSnapshot, UnitEntry } from '../api.ts';
import { formatRate, RATE_NUMERATOR, rankChangeView, TONE_COLORS } from '../bulletin-format.ts';
import { EventsLink, FigureLink } from './drill-context.tsx';
import { ScoreBreakdown } from './score-breakdown.tsx';

const TABLE_RATES = ['contractRate', 'registrationRate', 'readyRate'] as const satisfies readonly RateIndicatorKey[];

/** A rate below the scheme's floor: red text on a pale red cell. */
const MISSED_CELL = { background: '#fff1f0' };

function RankChange({ change, previousRank }: { change: number | null; previousRank: number | null }) {
  const { t } = useI18n();
  const view = rankChangeView(change);
  const tip = !view.known ? t('bulletin.rank.noPrevious') : t('bulletin.rank.previous', { rank: previousRank ?? '—' });
  return (
    <Tooltip title={tip}>
      <span
        style={{
          color: TONE_COLORS[view.tone],
          fontWeight: view.tone === 'flat' ? undefined : 600,
          whiteSpace: 'nowrap',
        }}
      >
        {view.text}
      </span>
    </Tooltip>
  );
}

/** A column's name, and below it its unit or floor in small grey text. */
function ColumnTitle({ label, sub }: { label: string; sub?: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {label}
      {sub ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, fontWeight: 400 }}>
          {sub}
        </Typography.Text>
      ) : null}
    </span>
  );
}

/** One ranking group: rank, unit, signed count and amount, the three rates (below-floor cells red), score and rank change. */
export function RankingTable({
  group,
  snapshot,
}: {
  group: BulletinSnapshot['groups'][number];
  snapshot: BulletinSnapshot;
}) {
  const { t, lang, unitKindLabel } = useI18n();
  // Each ranking is under its own scheme (bulletins sealed before there were three have one).
  const own = snapshot.schemes?.find((s) => s.key === group.scheme);
  const scheme = own?.scheme ?? snapshot.scheme;
  const floors = new Map(scheme.indicators.filter((i) => i.floor != null).map((i) => [i.key, i.floor as number]));
  const rateColumn = (key: (typeof TABLE_RATES)[number]): TableColumnsType<UnitEntry>[number] => {
    const floor = floors.get(key);
    return {
      title: (
        <ColumnTitle
          label={INDICATOR_LABELS[key][lang]}
          sub={floor !== undefined ? t('bulletin.floor', { value: formatRate(floor) }) : undefined}
        />
      ),
      key,
      align: 'right',
      width: lang === 'zh' ? 115 : 125,
      onCell: (u) => (u.floorsMissed.includes(key) ? { style: MISSED_CELL } : {}),
      render: (_, u) => {
        const missed = u.floorsMissed.includes(key);
        const link = (
          <FigureLink
            danger={missed}
            target={{ figure: RATE_NUMERATOR[key], rate: key, unitId: u.unitId, scope: u.unitName, figures: u.figures }}
          >
            {formatRate(u.figures[key])}
          </FigureLink>
        );
        return missed ? <Tooltip title={t('bulletin.belowFloor', { value: formatRate(floor) })}>{link}</Tooltip> : link;
      },
    };
  };

  const columns: TableColumnsType<UnitEntry> = [
    {
      title: t('bulletin.col.rank'),
      key: 'rank',
      align: 'center',
      width: 56,
      fixed: 'left',
      render: (_, u) => <Typography.Text strong>{u.rank ?? '—'}</Typography.Text>,
    },
    {
      title: t('bulletin.col.unit'),
      key: 'unit',
      fixed: 'left',
      width: 200,
      render: (_, u) => (
        <div style={{ whiteSpace: 'nowrap', minWidth: 170 }}>
          {u.unitName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {unitKindLabel(u.unitKind as UnitKind)} · {t(`bulletin.role.${u.role}`)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: <ColumnTitle label={t('bulletin.col.signedCount')} sub={t('bulletin.col.signedCountUnit')} />,
      key: 'signed',
      align: 'right',
      width: 84,
      render: (_, u) => (
        <FigureLink target={{ figure: 'signed', unitId: u.unitId, scope: u.unitName, figures: u.figures }}>
          {u.figures.signedCount}
        </FigureLink>
      ),
    },
    {
      title: <ColumnTitle label={t('bulletin.col.amount')} sub={t('bulletin.col.amountUnit')} />,
      key: 'amount',
      align: 'right',
      width: 110,
      render: (_, u) => (
        <FigureLink target={{ figure: 'amount', unitId: u.unitId, scope: u.unitName, figures: u.figures }}>
          {formatMoney(u.figures.signedAmountYuan, { from: 'yuan' })}
        </FigureLink>
      ),
    },
    ...TABLE_RATES.map(rateColumn),
    // Where the scheme counts events organised, their number opens the events behind it.
    ...(scheme.indicators.some((i) => i.key === 'eventsTarget')
      ? [
          {
            title: <span style={{ whiteSpace: 'nowrap' }}>{t('bulletin.col.events')}</span>,
            key: 'events',
            align: 'right' as const,
            width: 84,
            render: (_: unknown, u: UnitEntry) => (
              <EventsLink target={{ unitId: u.unitId, scope: u.unitName }} count={u.actuals.events ?? 0} />
            ),
          },
        ]
      : []),
    // Sites not confirmed this quarter: shown when a unit of the group has one (the score's breakdown
    // shows the deduction either way), so an all-zero column does not push the score off the screen.
    ...(group.units.some((u) => (u.staleSites ?? 0) > 0)
      ? [
          {
            title: (
              <Tooltip title={t('bulletin.col.staleSitesHint')}>
                <span style={{ whiteSpace: 'nowrap' }}>{t('bulletin.col.staleSites')}</span>
              </Tooltip>
            ),
            key: 'staleSites',
            align: 'right' as const,
            width: lang === 'zh' ? 100 : 105,
            // Bulletins sealed before stale sites counted have no figure.
            render: (_: unknown, u: UnitEntry) =>
              u.staleSites === undefined ? (
                '—'
              ) : u.staleSites > 0 ? (
                <Typography.Text type="danger">{u.staleSites}</Typography.Text>
              ) : (
                0
              ),
          },
        ]
      : []),
    {
      // The score and the change stay in sight when the figures scroll on a narrow screen.
      title: t('bulletin.col.score'),
      key: 'score',
      align: 'right',
      fixed: 'right',
      width: 80,
      render: (_, u) => <ScoreBreakdown unit={u} snapshot={snapshot} />,
    },
    {
      title: <span style={{ whiteSpace: 'nowrap' }}>{t('bulletin.col.rankChange')}</span>,
      key: 'rankChange',
      align: 'center',
      fixed: 'right',
      width: 76,
      render: (_, u) => <RankChange change={u.rankChange} previousRank={u.previousRank} />,
    },
  ];

  return (
    <Card
      size="small"
      title={
        own
          ? `${scheme.name ?? t(`scheme.tab.${own.key as 'host' | 'department' | 'bureau'}`)} · ${group.name}`
          : group.name
      }
      extra={
        <Typography.Text type="secondary">{t('bulletin.unitCount', { count: group.units.length })}</Typography.Text>
      }
    >
      <Table<UnitEntry>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={group.units}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('bulletin.noUnits') }}
      />
    </Card>
  );
}
