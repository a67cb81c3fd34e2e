import { formatMoney } from '@zhaoshang/shared';
import { Input, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { amountProblemText } from '../../../components/figures.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { UnitTarget } from '../api.ts';
import {
  isAmountField,
  savedText,
  TARGET_FIELDS,
  type TargetDraft,
  type TargetField,
  type TargetProblem,
} from '../targets-form.ts';

type Props = {
  targets: readonly UnitTarget[];
  draft: TargetDraft;
  problems: ReadonlyMap<string, TargetProblem>;
  canEdit: boolean;
  onEdit: (unitId: number, field: TargetField, text: string) => void;
};

/** Each unit's targets for the year: signed projects and amount, leads, events, foreign capital. Blank = no target. */
export function TargetsTable({ targets, draft, problems, canEdit, onEdit }: Props) {
  const { t, lang, unitKindLabel } = useI18n();
  const problemText = (field: TargetField, problem: TargetProblem) =>
    problem === 'not_a_count'
      ? t('foreign.targets.notCount')
      : amountProblemText(problem, lang, field === 'foreignUsdWan' ? 'usd' : 'cny');

  const cell = (target: UnitTarget, field: TargetField) => {
    const saved = savedText(target, field);
    if (!canEdit) {
      if (saved === '') return <Typography.Text type="secondary">—</Typography.Text>;
      return isAmountField(field) ? formatMoney(saved) : saved;
    }
    const text = draft.get(target.unit.id)?.[field];
    const problem = problems.get(`${target.unit.id}.${field}`);
    const changed = text !== undefined && text.trim() !== saved;
    const input = (
      <Input
        size="small"
        inputMode={isAmountField(field) ? 'decimal' : 'numeric'}
        value={text ?? saved}
        status={problem ? 'error' : undefined}
        placeholder="—"
        style={{ textAlign: 'right', background: changed && !problem ? '#fffbe6' : undefined }}
        onChange={(e) => onEdit(target.unit.id, field, e.target.value)}
        aria-label={t('foreign.targets.cellLabel', { unit: target.unit.name, field: t(`foreign.targets.${field}`) })}
      />
    );
    return problem ? <Tooltip title={problemText(field, problem)}>{input}</Tooltip> : input;
  };

  const columns: TableColumnsType<UnitTarget> = [
    { title: t('foreign.col.unit'), key: 'unit', fixed: 'left', width: 170, render: (_, r) => r.unit.name },
    { title: t('foreign.targets.kind'), key: 'kind', width: 120, render: (_, r) => unitKindLabel(r.unit.kind) },
    ...TARGET_FIELDS.map((field) => ({
      title: t(`foreign.targets.${field}`),
      key: field,
      width: isAmountField(field) ? 150 : 120,
      align: 'right' as const,
      render: (_: unknown, r: UnitTarget) => cell(r, field),
    })),
  ];

  return (
    <Table<UnitTarget>
      size="small"
      bordered
      rowKey={(r) => r.unit.id}
      columns={columns}
      dataSource={[...targets]}
      pagination={false}
      scroll={{ x: 900 }}
      sticky
      locale={{ emptyText: t('foreign.noUnits') }}
    />
  );
}
