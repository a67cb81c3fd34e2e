import { Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Project } from '../api.ts';
import { describeHistory } from '../history-changes.ts';
import { useChangeNames } from '../hooks/use-change-names.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { FieldChangeList } from './field-change-list.tsx';

/** What one history entry (or one change in a conflict) did, in words, with its changed fields. */
export function HistoryEvent({
  kind,
  changes,
  project,
}: {
  kind: string;
  changes: unknown;
  project?: Pick<Project, 'company'>;
}) {
  const { t, lang } = useI18n();
  const labels = useProjectLabels();
  const names = useChangeNames(project);
  const event = describeHistory(kind, changes);
  const sep = lang === 'zh' ? '、' : ', ';
  switch (event.action) {
    case 'created':
      return (
        <>
          <Typography.Text>{t('project.history.created')}</Typography.Text>
          {event.stages.length ? (
            <div>
              <Typography.Text type="secondary">
                {event.stages.map((s) => `${labels.stageLabel(s.stage)} ${s.date}`).join(sep)}
              </Typography.Text>
            </div>
          ) : null}
        </>
      );
    case 'edit':
    case 'stages':
    case 'correction':
    case 'status':
      return (
        <>
          <Typography.Text>{t(`project.history.${event.action}`)}</Typography.Text>
          <FieldChangeList fields={event.fields} project={project} />
        </>
      );
    case 'evidenceAdded':
    case 'evidenceRemoved':
      return (
        <Typography.Text>
          {t(`project.history.${event.action}`, { stage: labels.stageLabel(event.stage), file: event.fileName })}
        </Typography.Text>
      );
    case 'plan':
      return (
        <>
          <Typography.Text>{t('project.history.plan')}</Typography.Text>
          <div>
            <Typography.Text type="secondary">
              {event.plan.map((m) => `${labels.stageLabel(m.stage)} ${m.plannedOn}`).join(sep) || names.empty}
            </Typography.Text>
          </div>
        </>
      );
    case 'blockerRaised':
      return (
        <>
          <Typography.Text>
            {t('project.history.blockerRaised', {
              category: labels.categoryLabel(event.category),
              unit: names.unitName(event.responsibleUnitId),
              dueOn: event.dueOn,
            })}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
              {event.description}
            </Typography.Text>
          </div>
        </>
      );
    case 'blockerResolved':
      return (
        <Typography.Text>
          {t('project.history.blockerResolved', { id: event.id, resolution: event.resolution })}
        </Typography.Text>
      );
    case 'blockerDecided':
      return (
        <Typography.Text>
          {t('project.history.blockerDecided', { id: event.id, decision: event.decision })}
        </Typography.Text>
      );
    case 'import':
      return <Typography.Text>{t('project.history.import', { file: event.file, row: event.row })}</Typography.Text>;
    default:
      return <Typography.Text>{t('project.history.unknown', { kind: event.kind })}</Typography.Text>;
  }
}
