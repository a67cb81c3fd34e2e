import { Progress, Table, type TableColumnsType, Typography } from 'antd';
import { EmptyList } from '../../../components/empty-list.tsx';
import { progressPercent } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ReviewUnitProgress } from '../api.ts';

const count = (n: number, color?: string) =>
  n > 0 ? <span style={{ color, fontWeight: 500 }}>{n}</span> : <Typography.Text type="secondary">0</Typography.Text>;

/** Each unit's answers so far; clicking a unit narrows the project list below to it. */
export function ReviewUnitsTable({
  units,
  selected,
  onSelect,
}: {
  units: ReviewUnitProgress[];
  selected?: number;
  onSelect: (unitId: number | undefined) => void;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<ReviewUnitProgress> = [
    {
      title: t('work.unit'),
      key: 'unit',
      render: (_, u) => (
        <Typography.Link
          strong={u.unit.id === selected}
          onClick={() => onSelect(u.unit.id === selected ? undefined : u.unit.id)}
        >
          {u.unit.name}
        </Typography.Link>
      ),
    },
    {
      title: t('work.answeredProgress'),
      key: 'progress',
      width: 260,
      render: (_, u) => (
        <Progress
          percent={progressPercent(u.answered, u.total)}
          status={u.answered === u.total ? 'success' : 'normal'}
          format={() => `${u.answered} / ${u.total}`}
        />
      ),
    },
    {
      title: t('work.pending'),
      key: 'pending',
      align: 'right',
      render: (_, u) => count(u.total - u.answered, '#d46b08'),
    },
    { title: t('work.answer.alive'), dataIndex: 'alive', align: 'right', render: (n: number) => count(n, '#389e0d') },
    {
      title: t('work.answer.stalled'),
      dataIndex: 'stalled',
      align: 'right',
      render: (n: number) => count(n, '#d46b08'),
    },
    { title: t('work.answer.lost'), dataIndex: 'lost', align: 'right', render: (n: number) => count(n, '#cf1322') },
  ];
  // Units with the most still to answer first: that is who the office chases.
  const sorted = [...units].sort(
    (a, b) => b.total - b.answered - (a.total - a.answered) || a.unit.name.localeCompare(b.unit.name, 'zh-CN'),
  );
  return (
    <Table<ReviewUnitProgress>
      rowKey={(u) => u.unit.id}
      size="small"
      columns={columns}
      dataSource={sorted}
      rowClassName={(u) => (u.unit.id === selected ? 'ant-table-row-selected' : '')}
      locale={{ emptyText: <EmptyList text={t('work.emptyReviewItems')} /> }}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
