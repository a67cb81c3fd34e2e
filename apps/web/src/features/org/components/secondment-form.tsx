import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { User } from '../api.ts';
import { useCreateSecondment } from '../api.ts';
import { useUnitOptions } from '../hooks/use-unit-options.ts';

type Values = { toUnitId: number; period: [Dayjs, Dayjs]; note?: string };

/** Records a secondment: to which unit, from when to when (calendar dates), and why. */
export function SecondmentForm({ user, onAdded }: { user: User; onAdded: () => void }) {
  const { t } = useI18n();
  const showError = useErrorToast();
  const [form] = Form.useForm<Values>();
  const units = useUnitOptions();
  const create = useCreateSecondment(user.id);

  const submit = ({ toUnitId, period, note }: Values) => {
    create.mutate(
      {
        toUnitId,
        startDate: period[0].format(DATE_FORMAT),
        endDate: period[1].format(DATE_FORMAT),
        note: note?.trim() || undefined,
      },
      {
        onSuccess: () => {
          form.resetFields();
          onAdded();
        },
        onError: (error) =>
          showError(error, {
            form,
            fields: ['toUnitId', 'period', 'note'],
            aliases: { startDate: 'period', endDate: 'period' },
          }),
      },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={create.isPending}>
      <Form.Item
        name="toUnitId"
        label={t('org.secondedTo')}
        rules={[{ required: true, message: t('org.secondedToRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={units.loading}
          options={units.options.filter((option) => option.value !== user.homeUnit.id)}
        />
      </Form.Item>
      <Form.Item
        name="period"
        label={t('org.secondmentPeriod')}
        rules={[{ required: true, message: t('org.secondmentPeriodRequired') }]}
      >
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          style={{ width: '100%' }}
          placeholder={[t('org.startDate'), t('org.endDate')]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('org.note')}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('org.addSecondment')}
      </Button>
    </Form>
  );
}
