import { Alert, App, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { REVIEW_ANSWERS, type ReviewAnswer, type ReviewItem, useAnswerReview } from '../api.ts';

type Values = { answer: ReviewAnswer; progress: string; problems?: string; nextStep?: string };

const FIELDS = ['answer', 'progress', 'problems', 'nextStep'] as const;
const blankToNull = (text?: string) => (text?.trim() ? text.trim() : null);

/** A unit's answer on one project. "Lost" terminates the project, so it is confirmed first. */
export function ReviewAnswerModal({
  campaignId,
  item,
  onClose,
}: {
  campaignId: number;
  item?: ReviewItem;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const chosen = Form.useWatch('answer', form);
  const answer = useAnswerReview();
  const handleError = useListChangeError();

  const send = (values: Values) => {
    if (!item) return;
    answer.mutate(
      {
        id: campaignId,
        projectId: item.projectId,
        answer: {
          answer: values.answer,
          progress: values.progress.trim(),
          problems: blankToNull(values.problems),
          nextStep: blankToNull(values.nextStep),
        },
      },
      {
        onSuccess: () => {
          message.success(t('work.answerSaved', { project: item.projectName }));
          onClose();
        },
        onError: (error) => {
          if (handleError(error, { form, fields: FIELDS })) onClose();
        },
      },
    );
  };

  const submit = (values: Values) => {
    if (values.answer !== 'lost') return send(values);
    modal.confirm({
      title: t('work.lostConfirm', { project: item?.projectName ?? '' }),
      content: t('work.lostConfirmHint'),
      okText: t('work.lostConfirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => send(values),
    });
  };

  return (
    <Modal
      open={item !== undefined}
      title={item ? t('work.answerTitle', { project: item.projectName }) : null}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={answer.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          answer: item?.answer ?? undefined,
          progress: item?.progress ?? '',
          problems: item?.problems ?? '',
          nextStep: item?.nextStep ?? '',
        }}
        onFinish={submit}
      >
        <Form.Item
          name="answer"
          label={t('work.answerLabel')}
          rules={[{ required: true, message: t('work.answerRequired') }]}
        >
          <Radio.Group>
            <Space orientation="vertical">
              {REVIEW_ANSWERS.map((value) => (
                <Radio key={value} value={value}>
                  {t(`work.answer.${value}`)}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {t(`work.answerHint.${value}`)}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {chosen === 'lost' ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('work.lostWarning')} />
        ) : null}
        <Form.Item
          name="progress"
          label={t('work.progress')}
          rules={[{ required: true, whitespace: true, message: t('work.progressRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="problems" label={t('work.problems')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="nextStep" label={t('work.nextStep')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
