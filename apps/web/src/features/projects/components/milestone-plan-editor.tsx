import { PROJECT_STAGES, type ProjectStage } from '@zhaoshang/shared';
import { App, Button, Col, DatePicker, Form, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { TimelineEntry } from '../api.ts';
import { useSetMilestones } from '../api.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { DATE } from '../project-form-values.ts';

type PlanValues = Partial<Record<ProjectStage, Dayjs | null>>;

/** The planned date of each stage of a major project; each plan date is on or after the one before. */
export function MilestonePlanEditor({ projectId, timeline }: { projectId: number; timeline: TimelineEntry[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { stageLabel } = useProjectLabels();
  const [form] = Form.useForm<PlanValues>();
  const setPlan = useSetMilestones(projectId);
  const showError = useErrorToast();
  const initial = Object.fromEntries(timeline.map((e) => [e.stage, e.plannedOn ? dayjs(e.plannedOn) : null]));

  const orderRule = (stage: ProjectStage) => ({
    validator: async (_: unknown, value?: Dayjs | null) => {
      if (!value) return;
      const earlier = PROJECT_STAGES.slice(0, PROJECT_STAGES.indexOf(stage))
        .map((s) => ({ s, d: form.getFieldValue(s) as Dayjs | null | undefined }))
        .filter((x) => x.d)
        .pop();
      if (earlier?.d && value.format(DATE) < earlier.d.format(DATE)) {
        throw new Error(
          t('project.plan.beforePrevious', { other: stageLabel(earlier.s), date: earlier.d.format(DATE) }),
        );
      }
    },
  });

  const submit = (values: PlanValues) => {
    const plan = PROJECT_STAGES.filter((s) => values[s]).map((s) => ({ stage: s, plannedOn: values[s]!.format(DATE) }));
    setPlan.mutate(plan, {
      onSuccess: () => message.success(t('project.plan.saved')),
      onError: (error) => showError(error, { form, fields: [...PROJECT_STAGES] }),
    });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('project.plan.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Row gutter={16}>
          {PROJECT_STAGES.map((stage) => (
            <Col key={stage} xs={24} sm={12} md={8} lg={6}>
              <Form.Item
                name={stage}
                label={stageLabel(stage)}
                dependencies={PROJECT_STAGES.filter((s) => s !== stage)}
                rules={[orderRule(stage)]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={setPlan.isPending}>
          {t('project.plan.save')}
        </Button>
      </Form>
    </>
  );
}
