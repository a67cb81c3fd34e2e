import { Select, Space, Switch, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { EventFilterTag } from '../../events/components/event-filter-tag.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { LEAD_STATUSES, type LeadStatus } from '../api.ts';

export type LeadFilterValues = { status?: LeadStatus; overdue?: boolean; unitId?: number; eventId?: number };

/** Status, "overdue only", unit and source event; each change goes straight to the server-paged list. */
export function LeadFilters({
  values,
  onChange,
}: {
  values: LeadFilterValues;
  onChange: (changes: Partial<LeadFilterValues>) => void;
}) {
  const { t } = useI18n();
  const units = useUnitOptions(values.unitId);
  return (
    <Space wrap size="middle" style={{ marginBottom: 16 }}>
      {values.eventId ? (
        <EventFilterTag eventId={values.eventId} onClear={() => onChange({ eventId: undefined })} />
      ) : null}
      <Select<LeadStatus>
        allowClear
        placeholder={t('lead.allStatuses')}
        aria-label={t('common.status')}
        style={{ width: 150 }}
        options={LEAD_STATUSES.map((status) => ({ value: status, label: t(`lead.status.${status}`) }))}
        value={values.status}
        onChange={(status) => onChange({ status })}
      />
      <Select<number>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('lead.allUnits')}
        aria-label={t('lead.handlingUnit')}
        style={{ width: 220 }}
        loading={units.loading}
        options={units.options}
        value={values.unitId}
        onChange={(unitId) => onChange({ unitId })}
      />
      <Space size="small">
        <Switch
          id="lead-overdue-only"
          checked={values.overdue ?? false}
          onChange={(checked) => onChange({ overdue: checked })}
        />
        <Typography.Text>
          <label htmlFor="lead-overdue-only">{t('lead.overdueOnly')}</label>
        </Typography.Text>
      </Space>
    </Space>
  );
}
