import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled, PaperClipOutlined } from '@ant-design/icons';
import { Card, Space, Timeline, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { TimelineEntry } from '../api.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { EVIDENCED_STAGES } from '../stage-problems.ts';

/** The seven stages: the date reached (or not yet), the plan of a major project, overdue in red, evidence. */
export function StageTimeline({ timeline, major }: { timeline: TimelineEntry[]; major: boolean }) {
  const { t } = useI18n();
  const { stageLabel } = useProjectLabels();
  const items = timeline.map((entry) => {
    const missingEvidence = entry.date !== null && entry.evidenceCount === 0 && EVIDENCED_STAGES.includes(entry.stage);
    return {
      key: entry.stage,
      color: entry.date ? 'green' : entry.overdue ? 'red' : 'gray',
      icon: entry.date ? <CheckCircleFilled /> : entry.overdue ? <ExclamationCircleFilled /> : <ClockCircleOutlined />,
      title: (
        <Typography.Text strong={entry.date !== null} type={entry.date ? undefined : 'secondary'}>
          {stageLabel(entry.stage)}
        </Typography.Text>
      ),
      content: (
        <Space orientation="vertical" size={0}>
          <Typography.Text type={entry.date ? undefined : 'secondary'}>
            {entry.date ?? t('project.notReached')}
          </Typography.Text>
          {major && entry.plannedOn ? (
            <Typography.Text type={entry.overdue ? 'danger' : 'secondary'}>
              {entry.overdue
                ? t('project.timeline.overdue', { date: entry.plannedOn })
                : t('project.timeline.planned', { date: entry.plannedOn })}
            </Typography.Text>
          ) : null}
          {entry.evidenceCount > 0 || missingEvidence ? (
            <Typography.Text type={missingEvidence ? 'warning' : 'secondary'}>
              <PaperClipOutlined />{' '}
              {missingEvidence
                ? t('project.timeline.noEvidence')
                : t('project.timeline.evidence', { count: entry.evidenceCount })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    };
  });
  return (
    <Card title={t('project.timeline.title')}>
      <Timeline items={items} />
    </Card>
  );
}
