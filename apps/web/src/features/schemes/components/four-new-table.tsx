import { Card, Table, type TableColumnsType, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type FourNewByMonth, useFourNewByMonth } from '../api.ts';

type Row = FourNewByMonth['items'][number];
type Cell = Row['total'];

/** "Four new" by stage (分段考核): each unit's major projects newly signed, started, completed, producing, month by month. */
export function FourNewTable({ year }: { year: number }) {
  const { t } = useI18n();
  const data = useFourNewByMonth(year);
  const cell = (c: Cell) =>
    c.points === 0 ? (
      <Typography.Text type="secondary">—</Typography.Text>
    ) : (
      <span style={{ whiteSpace: 'nowrap' }}>
        {t('assessment.fourNew.cell', c)}
        <br />
        <Typography.Text strong>{t('assessment.fourNew.points', { points: c.points })}</Typography.Text>
      </span>
    );
  const columns: TableColumnsType<Row> = [
    { title: t('assessment.fourNew.unit'), key: 'unit', fixed: 'left', width: 150, render: (_, r) => r.unit.name },
    ...Array.from({ length: 12 }, (_, i) => ({
      title: t('assessment.fourNew.month', { month: i + 1 }),
      key: `m${i + 1}`,
      width: 110,
      render: (_: unknown, r: Row) => cell(r.months[i]!),
    })),
    { title: t('assessment.fourNew.total'), key: 'total', fixed: 'right', width: 120, render: (_, r) => cell(r.total) },
  ];
  return (
    <Card size="small" title={t('assessment.fourNew.title')}>
      <Typography.Paragraph type="secondary">{t('assessment.fourNew.note')}</Typography.Paragraph>
      <Table<Row>
        size="small"
        bordered
        rowKey={(r) => r.unit.id}
        loading={data.isLoading}
        columns={columns}
        dataSource={data.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1600 }}
        locale={{ emptyText: t('assessment.fourNew.empty') }}
      />
    </Card>
  );
}
