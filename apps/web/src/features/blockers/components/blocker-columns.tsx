import { BLOCKER_CATEGORY_LABELS, type BlockerCategory } from '@zhaoshang/shared';
import { Descriptions, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Blocker } from '../api.ts';

export const CATEGORY_COLORS: Record<BlockerCategory, string> = {
  land: 'gold',
  permit: 'blue',
  power: 'purple',
  financing: 'cyan',
  policy: 'geekblue',
  other: 'default',
};

export function BlockerCategoryTag({ category }: { category: BlockerCategory }) {
  const { lang } = useI18n();
  return <Tag color={CATEGORY_COLORS[category]}>{BLOCKER_CATEGORY_LABELS[category]?.[lang] ?? category}</Tag>;
}

/** The due date, red once passed; the overdue and escalation tags under it. */
export function BlockerDue({ blocker }: { blocker: Blocker }) {
  const { t } = useI18n();
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type={blocker.overdue ? 'danger' : undefined} strong={blocker.overdue}>
        {blocker.dueOn}
      </Typography.Text>
      {blocker.overdue || blocker.escalated ? (
        <div style={{ marginTop: 4 }}>
          {blocker.overdue ? <Tag color="red">{t('work.overdue')}</Tag> : null}
          {blocker.escalated ? <Tag color="magenta">{t('work.escalated')}</Tag> : null}
        </div>
      ) : null}
    </div>
  );
}

/** The columns a blocker shows wherever blockers are listed (the blockers page, the agenda picker). */
export function useBlockerColumns(): TableColumnsType<Blocker> {
  const { t } = useI18n();
  return [
    {
      title: t('work.projectAndCategory'),
      key: 'project',
      width: 220,
      render: (_, { project, category }) => (
        <Space orientation="vertical" size={4}>
          <Link to={`/projects/${project.id}`}>{project.name}</Link>
          <span>
            <BlockerCategoryTag category={category} />
            {project.major ? <Tag color="volcano">{t('work.major')}</Tag> : null}
          </span>
        </Space>
      ),
    },
    {
      title: t('work.description'),
      key: 'description',
      width: 240,
      render: (_, b) => (
        <Typography.Paragraph ellipsis={{ rows: 3, tooltip: b.description }} style={{ margin: 0 }}>
          {b.description}
        </Typography.Paragraph>
      ),
    },
    { title: t('work.responsibleUnit'), key: 'unit', render: (_, b) => <RoutedUnit blocker={b} /> },
    { title: t('work.dueOn'), key: 'dueOn', render: (_, b) => <BlockerDue blocker={b} /> },
  ];
}

/** What a blocker is, above a form that acts on it (resolve it, decide on it at a meeting). */
export function BlockerFacts({ blocker }: { blocker: Blocker }) {
  const { t } = useI18n();
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('work.category')}>
        <BlockerCategoryTag category={blocker.category} />
      </Descriptions.Item>
      <Descriptions.Item label={t('work.description')}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{blocker.description}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('work.responsibleUnit')}>
        <RoutedUnit blocker={blocker} />
      </Descriptions.Item>
      <Descriptions.Item label={t('project.pushDepartment')}>
        {blocker.project.pushDepartment?.name ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('project.nurtureDepartment')}>
        {blocker.project.nurtureDepartment?.name ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('work.dueOn')}>
        <BlockerDue blocker={blocker} />
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The responsible unit, marked when the blocker was routed to the project's push or nurture department by stage. */
export function RoutedUnit({ blocker }: { blocker: Pick<Blocker, 'responsibleUnit' | 'routedAs'> }) {
  const { t } = useI18n();
  if (!blocker.routedAs) return <>{blocker.responsibleUnit.name}</>;
  const role = t(blocker.routedAs === 'push' ? 'project.pushDepartment' : 'project.nurtureDepartment');
  return (
    <span>
      {blocker.responsibleUnit.name}{' '}
      <Typography.Text type="secondary" data-testid="routed-as">
        ({t('work.routedAs', { role })})
      </Typography.Text>
    </span>
  );
}
