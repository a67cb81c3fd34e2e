import { Input, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { amountProblemText, formatChange, formatPercent, formatWan } from '../../../components/figures.ts';
import { monthLabels } from '../../../components/year.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { cellKey, cellProblem, type Draft, type Grid, type GridRow, MONTHS } from '../foreign-grid.ts';

type Props = {
  grid: Grid;
  draft: Draft;
  /** Months up to this one take input (0: none, for leaders or a future year). */
  editableThrough: number;
  onEdit: (unitId: number, month: number, text: string) => void;
};

const show = (wan: string | null) => (wan === null ? '' : formatWan(wan));
type Row = GridRow & { key: string };

/** The unit × month grid in 万美元 with each unit's totals, target, share and change on last year. */
export function ForeignCapitalGrid({ grid, draft, editableThrough, onEdit }: Props) {
  const { t, lang } = useI18n();
  const months = monthLabels(lang);
  const cell = (row: GridRow, month: number) => {
    const key = cellKey(row.unit.id, month);
    const saved = row.months[month - 1];
    if (month > editableThrough) return <Typography.Text>{show(saved)}</Typography.Text>;
    const text = draft.get(key);
    const problem = text === undefined ? null : cellProblem(text);
    const input = (
      <Input
        size="small"
        inputMode="decimal"
        value={text ?? saved ?? ''}
        status={problem ? 'error' : undefined}
        style={{ textAlign: 'right', background: text !== undefined && !problem ? '#fffbe6' : undefined }}
        onChange={(e) => onEdit(row.unit.id, month, e.target.value)}
        aria-label={t('foreign.cellLabel', { unit: row.unit.name, month })}
      />
    );
    return problem ? <Tooltip title={amountProblemText(problem, lang, 'usd')}>{input}</Tooltip> : input;
  };

  // Months scroll; the figures people compare stay in view at the right.
  const columns: TableColumnsType<Row> = [
    { title: t('foreign.col.unit'), key: 'unit', fixed: 'left', width: 190, render: (_, r) => r.unit.name },
    ...MONTHS.map((m) => ({
      title: months[m - 1],
      key: `m${m}`,
      width: 84,
      align: 'right' as const,
      render: (_: unknown, r: Row) => cell(r, m),
    })),
    {
      title: t('foreign.col.lastYear'),
      key: 'last',
      width: 110,
      align: 'right',
      render: (_, r) => formatWan(r.lastYear),
    },
    {
      title: t('foreign.col.target'),
      key: 'target',
      width: 110,
      align: 'right',
      render: (_, r) => (r.target === null ? '—' : formatWan(r.target)),
    },
    {
      title: grid.through > 1 ? t('foreign.col.total', { to: months[grid.through - 1]! }) : t('foreign.col.totalNone'),
      key: 'total',
      width: 120,
      fixed: 'right',
      align: 'right',
      render: (_, r) => <Typography.Text strong>{formatWan(r.total)}</Typography.Text>,
    },
    {
      title: t('foreign.col.share'),
      key: 'share',
      width: 84,
      fixed: 'right',
      align: 'right',
      render: (_, r) => formatPercent(r.share),
    },
    {
      title: t('foreign.col.yoy'),
      key: 'yoy',
      width: 84,
      fixed: 'right',
      align: 'right',
      render: (_, r) => (
        <Typography.Text type={r.yoy === null ? 'secondary' : r.yoy < 0 ? 'danger' : 'success'}>
          {formatChange(r.yoy)}
        </Typography.Text>
      ),
    },
  ];

  const { totals } = grid;
  return (
    <Table<Row>
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={grid.rows.map((r) => ({ ...r, key: String(r.unit.id) }))}
      pagination={false}
      scroll={{ x: 1720 }}
      sticky
      locale={{ emptyText: t('foreign.noUnits') }}
      summary={() => (
        // City totals stay under the header while the units scroll by.
        <Table.Summary fixed="top">
          <Table.Summary.Row style={{ background: '#fafafa', fontWeight: 600 }}>
            <Table.Summary.Cell index={0}>{t('foreign.col.sum')}</Table.Summary.Cell>
            {MONTHS.map((m) => (
              <Table.Summary.Cell key={m} index={m} align="right">
                {show(totals.months[m - 1] ?? null)}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={13} align="right">
              {formatWan(totals.lastYear)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={14} align="right">
              {totals.target === null ? '—' : formatWan(totals.target)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={15} align="right">
              {formatWan(totals.total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={16} align="right">
              {formatPercent(totals.share)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={17} align="right">
              {formatChange(totals.yoy)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
