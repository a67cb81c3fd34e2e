import { BLOCKER_CATEGORIES, BLOCKER_CATEGORY_LABELS, type BlockerCategory, shanghaiDate } from '@zhaoshang/shared';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { useRaiseBlocker } from '../api.ts';
import { ProjectSearchSelect } from './project-search-select.tsx';

type Values = {
  projectId: number;
  category: BlockerCategory;
  description: string;
  responsibleUnitId?: number;
  dueOn: Dayjs;
};

const FIELDS = ['projectId', 'category', 'description', 'responsibleUnitId', 'dueOn'] as const;

/**
 * 提出问题: what blocks a project, which unit must solve it, by when. From the blockers list
 * the user picks the project; from a project's page it is that project and the picker is hidden.
 */
export function BlockerRaiseModal({
  open,
  onClose,
  projectId,
}: {
  open: boolean;
  onClose: () => void;
  /** The project raised on; without it the form asks for one. */
  projectId?: number;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const units = useUnitOptions();
  const raise = useRaiseBlocker();
  const handleError = useListChangeError();
  const today = shanghaiDate();

  const submit = ({ projectId, dueOn, description, ...rest }: Values) =>
    raise.mutate(
      { projectId, input: { ...rest, description: description.trim(), dueOn: dueOn.format(DATE_FORMAT) } },
      {
        onSuccess: () => {
          message.success(t('work.blockerRaised'));
          onClose();
        },
        onError: (error) => handleError(error, { form, fields: FIELDS }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('work.raiseBlocker')}
      okText={t('work.raise')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={raise.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ projectId, dueOn: dayjs(today).add(30, 'day') }}
        onFinish={submit}
      >
        <Form.Item
          name="projectId"
          label={t('work.project')}
          hidden={projectId !== undefined}
          rules={[{ required: true, message: t('work.projectRequired') }]}
        >
          <ProjectSearchSelect />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('work.category')}
          rules={[{ required: true, message: t('work.categoryRequired') }]}
        >
          <Select<BlockerCategory>
            options={BLOCKER_CATEGORIES.map((category) => ({
              value: category,
              label: BLOCKER_CATEGORY_LABELS[category][lang],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('work.description')}
          rules={[{ required: true, whitespace: true, message: t('work.descriptionRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label={t('work.responsibleUnit')} extra={t('work.responsibleUnitHint')}>
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.loading}
            options={units.options}
          />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('work.resolveBy')}
          rules={[{ required: true, message: t('work.resolveByRequired') }]}
        >
          <DatePicker disabledDate={(day) => day.format(DATE_FORMAT) < today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
