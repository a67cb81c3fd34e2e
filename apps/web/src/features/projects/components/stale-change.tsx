import { Typography } from 'antd';
import { formatDateTime } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Project } from '../api.ts';
import { isoOf } from '../project-format.ts';
import { HistoryEvent } from './history-event.tsx';

/**
 * A history row as a 409 CONFLICT_VERSION lists it in its details (raw database names):
 * error details are not part of the OpenAPI document, so this is read, not generated.
 */
export type ConflictChange = {
  id: number;
  kind: string;
  changes: unknown;
  reason: string | null;
  user_name: string | null;
  at: string;
};

/** One change someone saved after this form was opened: who, when, what → what, and why. */
export function StaleChange({ change, project }: { change: ConflictChange; project?: Pick<Project, 'company'> }) {
  const { t } = useI18n();
  return (
    <div style={{ width: '100%' }}>
      <Typography.Text strong>{change.user_name ?? t('project.history.someone')}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
        {formatDateTime(isoOf(change.at))}
      </Typography.Text>
      <div>
        <HistoryEvent kind={change.kind} changes={change.changes} project={project} />
      </div>
      {change.reason ? (
        <Typography.Text type="secondary">{t('project.history.reason', { reason: change.reason })}</Typography.Text>
      ) : null}
    </div>
  );
}
