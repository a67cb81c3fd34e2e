import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Project, StageOrIntent } from '../api.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';

const STAGE_COLORS: Record<StageOrIntent, string> = {
  intent: 'default',
  signed: 'blue',
  contracted: 'cyan',
  registered: 'geekblue',
  ready: 'purple',
  started: 'gold',
  completed: 'lime',
  producing: 'green',
};

export function StageTag({ stage }: { stage: string }) {
  const { stageLabel } = useProjectLabels();
  return <Tag color={STAGE_COLORS[stage as StageOrIntent] ?? 'default'}>{stageLabel(stage)}</Tag>;
}

/** Active projects carry no tag in lists (it is the normal case); stalled is orange, terminated grey with its reason. */
export function StatusTag({
  project,
  showActive = false,
}: {
  project: Pick<Project, 'status' | 'statusReason'>;
  showActive?: boolean;
}) {
  const { statusLabel } = useProjectLabels();
  if (project.status === 'active') return showActive ? <Tag color="success">{statusLabel('active')}</Tag> : null;
  const tag = <Tag color={project.status === 'stalled' ? 'orange' : 'default'}>{statusLabel(project.status)}</Tag>;
  return project.statusReason ? <Tooltip title={project.statusReason}>{tag}</Tooltip> : tag;
}

/** The project's host unit is not designated for its chain: it landed outside the recommendation (适当地域). */
export function OutsideRecommendationTag() {
  const { t } = useI18n();
  return (
    <Tooltip title={t('chains.outsideHint')}>
      <Tag color="volcano" data-testid="outside-recommendation">
        {t('chains.outside')}
      </Tag>
    </Tooltip>
  );
}

export function MajorTag() {
  const { t } = useI18n();
  return <Tag color="red">{t('project.major')}</Tag>;
}
