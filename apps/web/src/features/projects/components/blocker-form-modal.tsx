import { shanghaiDate } from '@zhaoshang/shared';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { useRaiseBlocker } from '../api.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { DATE } from '../project-form-values.ts';
import type { BlockerInput } from '../types.ts';

type Values = Omit<BlockerInput, 'dueOn'> & { dueOn: Dayjs };
const FIELDS = ['category', 'description', 'responsibleUnitId', 'dueOn'] as const;

/** 提出问题: what blocks the project, which unit must solve it, by when. */
export function BlockerFormModal({
  projectId,
  open,
  onClose,
}: {
  projectId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useProjectLabels();
  const units = useUnitOptions();
  const raise = useRaiseBlocker(projectId);
  const showError = useErrorToast();
  const [form] = Form.useForm<Values>();
  const today = shanghaiDate();

  const submit = (values: Values) =>
    raise.mutate(
      { ...values, description: values.description.trim(), dueOn: values.dueOn.format(DATE) },
      {
        onSuccess: () => {
          message.success(t('project.blocker.raised'));
          onClose();
        },
        onError: (error) => showError(error, { form, fields: FIELDS }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('project.blocker.raise')}
      okText={t('project.blocker.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={raise.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="category"
          label={t('project.blocker.category')}
          rules={[{ required: true, message: t('project.blocker.categoryRequired') }]}
        >
          <Select options={labels.categoryOptions} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('project.blocker.description')}
          rules={[
            { required: true, whitespace: true, message: t('project.blocker.descriptionRequired') },
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="responsibleUnitId"
          label={t('project.blocker.responsibleUnit')}
          rules={[{ required: true, message: t('project.blocker.unitRequired') }]}
        >
          <Select<number> showSearch={{ optionFilterProp: 'label' }} loading={units.loading} options={units.options} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('project.blocker.dueOn')}
          rules={[{ required: true, message: t('project.blocker.dueRequired') }]}
        >
          <DatePicker disabledDate={(day: Dayjs) => day.format(DATE) < today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
