import { Select, Space, Switch, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import type { BlockerStatus } from '../api.ts';

export type BlockerFilterValues = {
  status?: BlockerStatus;
  overdue: boolean;
  escalated: boolean;
  majorOnly: boolean;
  responsibleUnitId?: number;
};

type Flag = 'overdue' | 'escalated' | 'majorOnly';
const FLAGS: Flag[] = ['overdue', 'escalated', 'majorOnly'];

/** Status, three switches and the responsible unit; every change reloads the list. */
export function BlockerFilters({
  values,
  onChange,
}: {
  values: BlockerFilterValues;
  onChange: (changes: Partial<BlockerFilterValues>) => void;
}) {
  const { t } = useI18n();
  const units = useUnitOptions(values.responsibleUnitId);
  return (
    <Space wrap size="middle" style={{ marginBottom: 16 }}>
      <Select<BlockerStatus>
        allowClear
        placeholder={t('work.allStatuses')}
        aria-label={t('common.status')}
        style={{ width: 140 }}
        options={(['open', 'resolved'] as const).map((status) => ({
          value: status,
          label: t(`work.blockerStatus.${status}`),
        }))}
        value={values.status}
        onChange={(status) => onChange({ status })}
      />
      <Select<number>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('work.allResponsibleUnits')}
        aria-label={t('work.responsibleUnit')}
        style={{ width: 240 }}
        loading={units.loading}
        options={units.options}
        value={values.responsibleUnitId}
        onChange={(responsibleUnitId) => onChange({ responsibleUnitId })}
      />
      {FLAGS.map((flag) => (
        <Space key={flag} size="small">
          <Switch id={`blocker-${flag}`} checked={values[flag]} onChange={(checked) => onChange({ [flag]: checked })} />
          <Typography.Text>
            <label htmlFor={`blocker-${flag}`}>{t(`work.filter.${flag}`)}</label>
          </Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
