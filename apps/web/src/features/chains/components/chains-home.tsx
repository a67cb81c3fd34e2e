import { CHAIN_GAP_LABELS } from '@zhaoshang/shared';
import { Card, Empty, Space, Spin, Table, Tabs, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { type ChainGapRow, type ChainMap, useChainGaps, useChainMap, useUnmatchedChains } from '../api.ts';
import type { ChainPick } from '../chain-picker.ts';
import { GAP_COLORS } from '../map-option.ts';
import { ChainMapChart } from './chain-map-chart.tsx';
import { ChainPicker } from './chain-picker.tsx';
import { ChainsTransfer } from './chains-transfer.tsx';
import { DrillModal, type DrillTarget } from './drill-modal.tsx';
import { HostRecommendationPanel } from './host-recommendation.tsx';
import { MapEditor } from './map-editor.tsx';
import { SegmentTable } from './segment-table.tsx';

const TABS = ['map', 'gaps', 'recommend', 'unmatched', 'edit'] as const;

function MapTab({ map, onDrill }: { map: ChainMap; onDrill: (t: DrillTarget) => void }) {
  const { t } = useI18n();
  const onSegment = useCallback(
    (chainId: number, segmentId: number) => {
      const segment = map.groups
        .flatMap((g) => g.chains)
        .flatMap((c) => c.segments)
        .find((s) => s.id === segmentId);
      onDrill({ chainId, segmentId, segment: segment?.name ?? '', kind: 'companies' });
    },
    [map, onDrill],
  );
  if (!map.groups.some((g) => g.chains.length)) return <Empty description={t('chains.empty')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ChainMapChart map={map} onSegment={onSegment} />
      <SegmentTable map={map} onDrill={onDrill} />
    </Space>
  );
}

function GapsTab() {
  const { t, lang } = useI18n();
  const { data, isFetching } = useChainGaps(true);
  return (
    <Table<ChainGapRow>
      rowKey="segmentId"
      size="small"
      loading={isFetching}
      dataSource={data ?? []}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      columns={[
        { title: t('chains.chain'), dataIndex: 'chain' },
        { title: t('chains.segment'), dataIndex: 'segment' },
        { title: t('chains.localCompanies'), dataIndex: 'localCompanies', align: 'right' },
        { title: t('chains.targets'), dataIndex: 'targets', align: 'right' },
        { title: t('chains.projects'), dataIndex: 'projects', align: 'right' },
        {
          title: t('chains.gap'),
          render: (_, r) => r.gap && <Tag color={GAP_COLORS[r.gap]}>{CHAIN_GAP_LABELS[r.gap][lang]}</Tag>,
        },
      ]}
    />
  );
}

function RecommendTab() {
  const [pick, setPick] = useState<ChainPick>({});
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <div style={{ maxWidth: 480 }}>
        <ChainPicker value={pick} onChange={setPick} />
      </div>
      <HostRecommendationPanel chainId={pick.chainId} segmentId={pick.segmentId} />
    </Space>
  );
}

function UnmatchedTab() {
  const { t } = useI18n();
  const { data, isFetching } = useUnmatchedChains(true);
  return (
    <Table
      rowKey="value"
      size="small"
      loading={isFetching}
      dataSource={data ?? []}
      columns={[
        { title: t('chains.unmatchedValue'), dataIndex: 'value' },
        { title: t('chains.unmatchedLeads'), dataIndex: 'leads', align: 'right' },
        { title: t('chains.unmatchedProjects'), dataIndex: 'projects', align: 'right' },
      ]}
    />
  );
}

/** The chain map area: the map with its live numbers, the gaps, host recommendation, and (office) unmatched chains and keeping the map. */
export function ChainsHome() {
  const { t } = useI18n();
  const me = useSessionUser();
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((k) => k === search.get('view')) ?? 'map';
  const { data: map } = useChainMap();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const office = may(me, 'chain.manage');
  return (
    <Card title={t('chains.title')} extra={<ChainsTransfer canImport={office} />}>
      <Tabs
        activeKey={tab}
        onChange={(view) => setSearch({ view })}
        destroyOnHidden
        items={[
          {
            key: 'map',
            label: t('chains.tab.map'),
            children: map ? <MapTab map={map} onDrill={setDrill} /> : <Spin />,
          },
          { key: 'gaps', label: t('chains.tab.gaps'), children: <GapsTab /> },
          { key: 'recommend', label: t('chains.tab.recommend'), children: <RecommendTab /> },
          ...(office
            ? [
                { key: 'unmatched', label: t('chains.tab.unmatched'), children: <UnmatchedTab /> },
                { key: 'edit', label: t('chains.tab.edit'), children: map ? <MapEditor map={map} /> : <Spin /> },
              ]
            : []),
        ]}
      />
      {drill && <DrillModal target={drill} onClose={() => setDrill(null)} />}
    </Card>
  );
}
