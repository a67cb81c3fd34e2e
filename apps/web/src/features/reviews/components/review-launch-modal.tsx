import { PROJECT_STAGES, shanghaiDate } from '@zhaoshang/shared';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { stageLabel } from '../../projects/project-format.ts';
import type { StageKey } from '../api.ts';
import { useLaunchReview } from '../api.ts';

type Values = { title: string; stages: StageKey[]; idleMonths: number; dueOn: Dayjs };

const STAGE_CHOICES: StageKey[] = ['intent', ...PROJECT_STAGES];
const FIELDS = ['title', 'stages', 'idleMonths', 'dueOn'] as const;
// The server names the criteria as a whole when no project matches them.
const ALIASES = { criteria: 'stages' };

/** 发起回头看: the office picks stages and idle months; the server finds the projects. */
export function ReviewLaunchModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const launch = useLaunchReview();
  const handleError = useListChangeError();
  const today = shanghaiDate();

  const submit = (values: Values) =>
    launch.mutate(
      {
        title: values.title.trim(),
        criteria: { stages: values.stages, idleMonths: values.idleMonths },
        dueOn: values.dueOn.format(DATE_FORMAT),
      },
      {
        onSuccess: (launched) => {
          message.success(t('work.reviewLaunched', { projects: launched.projects, units: launched.units }));
          onClose();
          navigate(`/reviews/${launched.id}`);
        },
        onError: (error) => handleError(error, { form, fields: FIELDS, aliases: ALIASES }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('work.launchReview')}
      okText={t('work.launch')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={launch.isPending}
      destroyOnHidden
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ stages: ['intent', 'signed'], idleMonths: 6, dueOn: dayjs(today).add(14, 'day') }}
        onFinish={submit}
      >
        <Form.Item
          name="title"
          label={t('work.reviewTitle')}
          rules={[{ required: true, whitespace: true, message: t('work.reviewTitleRequired') }, { max: 200 }]}
        >
          <Input maxLength={200} placeholder={t('work.reviewTitlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="stages"
          label={t('work.reviewStages')}
          extra={t('work.reviewStagesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('work.reviewStagesRequired') }]}
        >
          <Checkbox.Group options={STAGE_CHOICES.map((stage) => ({ value: stage, label: stageLabel(stage, lang) }))} />
        </Form.Item>
        <Form.Item
          name="idleMonths"
          label={t('work.idleMonths')}
          extra={t('work.idleMonthsHint')}
          rules={[{ required: true, message: t('work.idleMonthsRequired') }]}
        >
          <InputNumber min={0} max={120} precision={0} suffix={t('work.months')} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('work.answerDueOn')}
          rules={[{ required: true, message: t('work.dueOnRequired') }]}
        >
          <DatePicker disabledDate={(day) => day.format(DATE_FORMAT) < today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
