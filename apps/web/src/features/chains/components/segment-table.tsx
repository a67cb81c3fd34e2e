import { CHAIN_GAP_LABELS, CHAIN_STREAM_LABELS, PROJECT_STAGE_LABELS } from '@zhaoshang/shared';
import { Button, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ChainMap, SegmentOfMap } from '../api.ts';
import { GAP_COLORS } from '../map-option.ts';
import { segmentStages } from '../stage-links.ts';
import type { DrillTarget } from './drill-modal.tsx';

type Row = SegmentOfMap & { chainId: number; chain: string };

/** Every segment with its numbers; each number opens its list. */
export function SegmentTable({ map, onDrill }: { map: ChainMap; onDrill: (t: DrillTarget) => void }) {
  const { t, lang } = useI18n();
  const rows: Row[] = map.groups.flatMap((g) =>
    g.chains.flatMap((c) => c.segments.map((s) => ({ ...s, chainId: c.id, chain: c.name }))),
  );
  const number = (kind: DrillTarget['kind'], value: (r: Row) => number) => ({
    render: (_: unknown, r: Row) => (
      <Button
        type="link"
        size="small"
        aria-label={`${r.name} ${t(`chains.${kind === 'companies' ? 'localCompanies' : kind === 'leads' ? 'openLeads' : kind === 'filings' ? 'activeFilings' : kind}`)}`}
        onClick={() => onDrill({ chainId: r.chainId, segmentId: r.id, segment: r.name, kind })}
      >
        {value(r)}
      </Button>
    ),
    sorter: (a: Row, b: Row) => value(a) - value(b),
    align: 'right' as const,
  });
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      dataSource={rows}
      // Chinese headers and names keep their width (a column of 产业链 never breaks into 产业 / 链).
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      columns={[
        { title: t('chains.chain'), dataIndex: 'chain', sorter: (a, b) => a.chain.localeCompare(b.chain) },
        { title: t('chains.segment'), dataIndex: 'name' },
        { title: t('chains.stream'), render: (_, r) => CHAIN_STREAM_LABELS[r.stream][lang] },
        { title: t('chains.responsibleUnit'), render: (_, r) => r.responsibleUnit?.name ?? '' },
        { title: t('chains.localCompanies'), ...number('companies', (r) => r.numbers.localCompanies) },
        { title: t('chains.targets'), ...number('targets', (r) => r.numbers.targets) },
        { title: t('chains.openLeads'), ...number('leads', (r) => r.numbers.openLeads) },
        { title: t('chains.activeFilings'), ...number('filings', (r) => r.numbers.activeFilings) },
        { title: t('chains.projects'), ...number('projects', (r) => r.numbers.projects) },
        {
          title: t('chains.projectsByStage'),
          render: (_, r) => {
            const stages = segmentStages(r.chainId, r.id, r.numbers.projectsByStage);
            if (!stages.length) return t('chains.noGap');
            return (
              <Space size={[8, 0]} wrap>
                {stages.map((s) => (
                  <Link
                    key={s.stage}
                    to={s.link}
                    aria-label={`${r.name} ${PROJECT_STAGE_LABELS[s.stage][lang]}`}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {PROJECT_STAGE_LABELS[s.stage][lang]} {s.count}
                  </Link>
                ))}
              </Space>
            );
          },
        },
        { title: t('chains.amountWan'), align: 'right', render: (_, r) => r.numbers.amountWan },
        {
          title: t('chains.gap'),
          filters: [
            { text: CHAIN_GAP_LABELS.missing[lang], value: 'missing' },
            { text: CHAIN_GAP_LABELS.weak[lang], value: 'weak' },
          ],
          onFilter: (v, r) => r.numbers.gap === v,
          render: (_, r) =>
            r.numbers.gap ? (
              <Tag color={GAP_COLORS[r.numbers.gap]}>{CHAIN_GAP_LABELS[r.numbers.gap][lang]}</Tag>
            ) : (
              t('chains.noGap')
            ),
        },
      ]}
    />
  );
}
