import { shanghaiDate } from '@zhaoshang/shared';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import type { MeetingItem } from '../api.ts';
import { useDecideMeetingItem } from '../api.ts';
import { BlockerFacts } from './blocker-columns.tsx';

type Values = { decision: string; responsibleUnitId?: number; dueOn?: Dayjs };

const FIELDS = ['decision', 'responsibleUnitId', 'dueOn'] as const;

/** The meeting's decision on one agenda item; it may hand the blocker to another unit or deadline. */
export function MeetingDecisionModal({
  meetingId,
  item,
  onClose,
}: {
  meetingId: number;
  item?: MeetingItem;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const units = useUnitOptions();
  const decide = useDecideMeetingItem();
  const handleError = useListChangeError();
  const today = shanghaiDate();
  const blocker = item?.blocker;

  const submit = (values: Values) => {
    if (!blocker) return;
    decide.mutate(
      {
        id: meetingId,
        blockerId: blocker.id,
        input: {
          decision: values.decision.trim(),
          // Unchanged values are left out, so the blocker keeps its unit and deadline.
          responsibleUnitId:
            values.responsibleUnitId === blocker.responsibleUnit.id ? undefined : values.responsibleUnitId,
          dueOn: values.dueOn?.format(DATE_FORMAT),
        },
      },
      {
        onSuccess: () => {
          message.success(t('work.decisionSaved'));
          onClose();
        },
        onError: (error) => handleError(error, { form, fields: FIELDS }),
      },
    );
  };

  return (
    <Modal
      open={item !== undefined}
      title={blocker ? t('work.decisionTitle', { project: blocker.project.name }) : null}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={decide.isPending}
      destroyOnHidden
      width={640}
    >
      {blocker ? <BlockerFacts blocker={blocker} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ decision: item?.decision ?? '' }}
        onFinish={submit}
      >
        <Form.Item
          name="decision"
          label={t('work.decision')}
          rules={[{ required: true, whitespace: true, message: t('work.decisionRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount autoFocus />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label={t('work.newResponsibleUnit')} extra={t('work.keepWhenEmpty')}>
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.loading}
            options={units.options}
            placeholder={blocker?.responsibleUnit.name}
          />
        </Form.Item>
        <Form.Item name="dueOn" label={t('work.newDueOn')} extra={t('work.keepWhenEmpty')}>
          <DatePicker placeholder={blocker?.dueOn} disabledDate={(day) => day.format(DATE_FORMAT) < today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
