import { AMOUNT_PROBLEM_LABELS, parseWan, shanghaiDate } from '@zhaoshang/shared';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CompanySearchSelect } from '../../../components/company-search-select.tsx';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ChainPicker } from '../../chains/components/chain-picker.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { LEAD_SOURCES, type LeadSource, useReportLead } from '../api.ts';

type Values = {
  companyId: number;
  handlingUnitId?: number;
  chain?: string;
  chainPick?: { chainId?: number; segmentId?: number };
  estimatedAmountWan?: string;
  source: LeadSource;
  contact?: string;
  notes?: string;
  reportedOn?: Dayjs;
};

const FIELDS = [
  'companyId',
  'handlingUnitId',
  'chainPick',
  'estimatedAmountWan',
  'source',
  'contact',
  'notes',
  'reportedOn',
] as const;

const blankToNull = (text?: string) => (text?.trim() ? text.trim() : null);

/** Reports a lead on a registry company; the handling unit defaults to the reporter's own. */
export function LeadFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const units = useUnitOptions();
  const report = useReportLead();
  const handleError = useListChangeError();
  const today = shanghaiDate();

  const submit = (values: Values) => {
    report.mutate(
      {
        companyId: values.companyId,
        handlingUnitId: values.handlingUnitId,
        chainId: values.chainPick?.chainId ?? null,
        segmentId: values.chainPick?.segmentId ?? null,
        estimatedAmountWan: blankToNull(values.estimatedAmountWan),
        source: values.source,
        contact: blankToNull(values.contact),
        notes: blankToNull(values.notes),
        reportedOn: values.reportedOn?.format(DATE_FORMAT),
      },
      {
        onSuccess: () => {
          message.success(t('lead.reported'));
          onClose();
        },
        onError: (error) => handleError(error, { form, fields: FIELDS }),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('lead.report')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={report.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ source: 'visit', reportedOn: dayjs(today) }}
        onFinish={submit}
      >
        <Form.Item
          name="companyId"
          label={t('lead.company')}
          extra={t('lead.companyHint')}
          rules={[{ required: true, message: t('lead.companyRequired') }]}
        >
          <CompanySearchSelect />
        </Form.Item>
        <Form.Item name="handlingUnitId" label={t('lead.handlingUnit')} extra={t('lead.handlingUnitHint')}>
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.loading}
            options={units.options}
          />
        </Form.Item>
        <Form.Item name="chainPick" label={t('lead.chain')}>
          <ChainPicker />
        </Form.Item>
        <Form.Item
          name="estimatedAmountWan"
          label={t('lead.amount')}
          extra={t('lead.amountHint')}
          rules={[
            {
              validator: async (_, raw?: string) => {
                if (!raw?.trim()) return;
                const parsed = parseWan(raw);
                if ('problem' in parsed) throw new Error(AMOUNT_PROBLEM_LABELS[parsed.problem][lang]);
              },
            },
          ]}
        >
          <Input inputMode="decimal" style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('lead.sourceLabel')}
          rules={[{ required: true, message: t('lead.sourceRequired') }]}
        >
          <Select<LeadSource>
            options={LEAD_SOURCES.map((source) => ({ value: source, label: t(`lead.source.${source}`) }))}
          />
        </Form.Item>
        <Form.Item name="contact" label={t('lead.contact')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="notes" label={t('lead.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="reportedOn"
          label={t('lead.reportedOn')}
          rules={[
            {
              validator: async (_, value?: Dayjs) => {
                if (value && value.format(DATE_FORMAT) > today) throw new Error(t('lead.reportedOnFuture'));
              },
            },
          ]}
        >
          <DatePicker disabledDate={(day) => day.format(DATE_FORMAT) > today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
