import { currentStage, PROJECT_STAGES, type ProjectStage } from '@zhaoshang/shared';
import { Col, DatePicker, Form, type FormInstance, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { useStageProblemText } from '../hooks/use-stage-problem-text.ts';
import { DATE, type ProjectFormValues, stageDatesOf } from '../project-form-values.ts';
import { STAGE_FIELDS, stageProblemsByStage } from '../stage-problems.ts';
import { StageTag } from './project-tags.tsx';

/**
 * The seven stage dates. Each is checked against the others as it changes (the shared rule
 * the server applies too): no future dates, construction stages in order, nothing before signing.
 */
export function StageDateFields({ form, today }: { form: FormInstance<ProjectFormValues>; today: string }) {
  const { t } = useI18n();
  const { stageLabel } = useProjectLabels();
  const problemText = useStageProblemText();
  const stages = Form.useWatch('stages', form);
  const reached = currentStage(stageDatesOf(stages));

  const rule = (stage: ProjectStage) => ({
    validator: async () => {
      const dates = stageDatesOf(form.getFieldValue('stages'));
      const problem = stageProblemsByStage(dates, today).get(stage);
      if (problem) throw new Error(problemText(problem, dates, today));
    },
  });

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('project.form.currentStage')}</Typography.Text>
        <StageTag stage={reached} />
      </Space>
      <Row gutter={16}>
        {PROJECT_STAGES.map((stage) => (
          <Col key={stage} xs={24} sm={12} md={8}>
            <Form.Item
              name={['stages', stage]}
              label={stageLabel(stage)}
              dependencies={STAGE_FIELDS.filter(([, s]) => s !== stage).map((f) => [...f])}
              rules={[rule(stage)]}
            >
              <DatePicker
                style={{ width: '100%' }}
                placeholder={t('project.notReached')}
                disabledDate={(day: Dayjs) => day.format(DATE) > today}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}
