import { shanghaiDate } from '@zhaoshang/shared';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnits } from '../../org/api.ts';
import { useRecordInspection } from '../api.ts';

type Values = { unitId: number; subject: string; checkedOn: Dayjs; findings: string; dueOn: Dayjs };
const FIELDS = ['unitId', 'subject', 'checkedOn', 'findings', 'dueOn'] as const;

/** 登记督查: which unit, what was checked when, what was found, by when to put it right. */
export function InspectionFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const units = useUnits();
  const record = useRecordInspection();
  const handleError = useListChangeError();
  const today = shanghaiDate();

  const submit = (v: Values) =>
    record.mutate(
      {
        unitId: v.unitId,
        subject: v.subject.trim(),
        checkedOn: v.checkedOn.format(DATE_FORMAT),
        findings: v.findings.trim(),
        dueOn: v.dueOn.format(DATE_FORMAT),
      },
      {
        onSuccess: () => {
          message.success(t('inspection.recorded'));
          onClose();
        },
        onError: (error) => handleError(error, { form, fields: FIELDS }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('inspection.record')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ checkedOn: dayjs(today), dueOn: dayjs(today).add(15, 'day') }}
        onFinish={submit}
      >
        <Form.Item
          name="unitId"
          label={t('inspection.unit')}
          rules={[{ required: true, message: t('inspection.unitRequired') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('inspection.subject')}
          rules={[{ required: true, whitespace: true, message: t('inspection.subjectRequired') }, { max: 500 }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="checkedOn"
          label={t('inspection.checkedOn')}
          rules={[{ required: true, message: t('inspection.checkedOnRequired') }]}
        >
          <DatePicker disabledDate={(day) => day.format(DATE_FORMAT) > today} />
        </Form.Item>
        <Form.Item
          name="findings"
          label={t('inspection.findings')}
          rules={[{ required: true, whitespace: true, message: t('inspection.findingsRequired') }, { max: 5000 }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('inspection.dueOn')}
          rules={[{ required: true, message: t('inspection.dueOnRequired') }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
