import { Space, Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Lead } from '../api.ts';
import { nextDeadline } from '../lead-policy.ts';

/** The next response deadline, with a red tag naming every overdue step. */
export function LeadDeadline({ lead }: { lead: Lead }) {
  const { t, lang } = useI18n();
  const next = nextDeadline(lead);
  if (!next) return <Typography.Text type="secondary">—</Typography.Text>;
  const all = t('lead.deadlineAll', {
    acknowledge: lead.clock.acknowledgeBy,
    assess: lead.clock.assessBy,
    feedback: lead.clock.feedbackBy,
  });
  return (
    <Space size={4} wrap>
      <Tooltip title={all}>
        <span>{t('lead.deadlineBy', { step: t(`lead.step.${next.step}`), date: next.by })}</span>
      </Tooltip>
      {lead.clock.overdue.length > 0 ? (
        <Tag color="red">
          {t('lead.overdueSteps', {
            steps: lead.clock.overdue.map((step) => t(`lead.step.${step}`)).join(lang === 'zh' ? '、' : ', '),
          })}
        </Tag>
      ) : null}
    </Space>
  );
}
