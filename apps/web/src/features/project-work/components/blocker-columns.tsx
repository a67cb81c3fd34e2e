import { BLOCKER_CATEGORY_LABELS, type BlockerCategory } from '@zhaoshang/shared';
import { Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Blocker } from '../types.ts';

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

/**
 * The columns a blocker shows wherever it is listed (the blockers page, a meeting's agenda);
 * `row` reaches the blocker inside a wrapping row type. `fullText` shows whole descriptions
 * (a meeting's agenda is printed as the minutes) instead of three lines and a tooltip.
 */
export function useBlockerColumns<Row>(row: (r: Row) => Blocker, { fullText = false } = {}): TableColumnsType<Row> {
  const { t } = useI18n();
  return [
    {
      title: t('work.project'),
      key: 'project',
      render: (_, r) => {
        const { project } = row(r);
        return (
          <Space size={4}>
            <Link to={`/projects/${project.id}`}>{project.name}</Link>
            {project.major ? <Tag color="volcano">{t('work.major')}</Tag> : null}
          </Space>
        );
      },
    },
    { title: t('work.category'), key: 'category', render: (_, r) => <BlockerCategoryTag category={row(r).category} /> },
    {
      title: t('work.description'),
      key: 'description',
      width: fullText ? 320 : 280,
      render: (_, r) =>
        fullText ? (
          <span style={{ whiteSpace: 'pre-wrap' }}>{row(r).description}</span>
        ) : (
          <Typography.Paragraph ellipsis={{ rows: 3, tooltip: row(r).description }} style={{ margin: 0 }}>
            {row(r).description}
          </Typography.Paragraph>
        ),
    },
    { title: t('work.responsibleUnit'), key: 'unit', render: (_, r) => row(r).responsibleUnit.name },
    { title: t('work.dueOn'), key: 'dueOn', render: (_, r) => <BlockerDue blocker={row(r)} /> },
  ];
}
