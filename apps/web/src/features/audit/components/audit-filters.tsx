import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { AuditFilters, AuditOutcome } from '../api.ts';
import { useAuditActions } from '../api.ts';
import { useAuditLabels } from '../hooks/use-audit-labels.ts';

type Values = {
  period?: [Dayjs | null, Dayjs | null] | null;
  username?: string;
  action?: string;
  entityType?: string;
  outcome?: AuditOutcome;
};

function toValues(filters: AuditFilters): Values {
  return {
    period:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : null,
    username: filters.username,
    action: filters.action,
    entityType: filters.entityType,
    outcome: filters.outcome,
  };
}

/** Date range (calendar dates), user, action, entity type and outcome; applied on "search". */
export function AuditFilterForm({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (next: AuditFilters) => void;
}) {
  const { t } = useI18n();
  const { actionLabel } = useAuditLabels();
  const actions = useAuditActions();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue(toValues(filters));
  }, [filters, form]);

  const submit = (values: Values) =>
    onChange({
      from: values.period?.[0]?.format(DATE_FORMAT),
      to: values.period?.[1]?.format(DATE_FORMAT),
      username: values.username?.trim() || undefined,
      action: values.action,
      entityType: values.entityType?.trim() || undefined,
      outcome: values.outcome,
    });

  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 12, marginBottom: 16 }}>
      <Form.Item name="period" label={t('audit.period')}>
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          allowEmpty={[true, true]}
          placeholder={[t('audit.from'), t('audit.to')]}
        />
      </Form.Item>
      <Form.Item name="username" label={t('audit.user')}>
        <Input allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          loading={actions.isPending}
          placeholder={t('audit.allActions')}
          options={(actions.data ?? []).map((action) => ({ value: action, label: actionLabel(action) }))}
        />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Input allowClear style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="outcome" label={t('audit.outcome')}>
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('audit.allOutcomes')}
          options={[
            { value: 'success', label: t('audit.outcomeSuccess') },
            { value: 'failure', label: t('audit.outcomeFailure') },
          ]}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
