import { Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { HistoryEntry, Project } from '../api.ts';
import { isoOf } from '../project-format.ts';
import { HistoryEvent } from './history-event.tsx';

const KIND_COLORS: Record<string, string> = {
  created: 'blue',
  edit: 'default',
  stages: 'cyan',
  correction: 'orange',
  evidence: 'geekblue',
  plan: 'purple',
  blocker: 'magenta',
  status: 'gold',
  import: 'default',
};

const KINDS = ['created', 'edit', 'stages', 'correction', 'evidence', 'plan', 'blocker', 'status', 'import'] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

/** Who did what to the project and when, newest first; corrections of published bulletins stand out. */
export function HistoryList({ history, project }: { history: HistoryEntry[]; project: Project }) {
  const { t } = useI18n();
  return (
    <List<HistoryEntry>
      dataSource={history}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.history.none')} /> }}
      renderItem={(entry) => {
        const correction = entry.kind === 'correction';
        return (
          <List.Item
            style={
              correction
                ? { background: '#fff7e6', borderInlineStart: '3px solid #fa8c16', paddingInline: 12 }
                : undefined
            }
          >
            <div style={{ width: '100%', minWidth: 0 }}>
              <Space wrap size={8}>
                <Tag color={KIND_COLORS[entry.kind] ?? 'default'}>
                  {isKnownKind(entry.kind) ? t(`project.history.kind.${entry.kind}`) : entry.kind}
                </Tag>
                <Typography.Text strong>{entry.user ?? t('project.history.someone')}</Typography.Text>
                <Typography.Text type="secondary">{formatDateTime(isoOf(entry.at))}</Typography.Text>
              </Space>
              <div style={{ marginTop: 4 }}>
                <HistoryEvent kind={entry.kind} changes={entry.changes} project={project} />
              </div>
              {correction ? (
                <Typography.Text type="warning" strong style={{ display: 'block', marginTop: 4 }}>
                  {t('project.history.correctionOf')}
                  {entry.correctionOfBulletinId ? (
                    <Link to={`/bulletins/${entry.correctionOfBulletinId}`} style={{ marginInlineStart: 6 }}>
                      {t('project.history.bulletinLink', { id: entry.correctionOfBulletinId })}
                    </Link>
                  ) : null}
                </Typography.Text>
              ) : null}
              {entry.reason ? (
                <Typography.Text
                  type={correction ? 'warning' : 'secondary'}
                  style={{ display: 'block', whiteSpace: 'pre-wrap' }}
                >
                  {t('project.history.reason', { reason: entry.reason })}
                </Typography.Text>
              ) : null}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
