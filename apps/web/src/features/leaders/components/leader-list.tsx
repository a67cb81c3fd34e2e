import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyList } from '../../../components/empty-list.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { type LeaderSummary, useLeaders } from '../api.ts';
import { LeaderLinkModal } from './leader-link-modal.tsx';

/** The city leaders and how many major projects and events each follows; the office links more. */
export function LeaderList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const leaders = useLeaders();
  const [linking, setLinking] = useState<number | null>(null);
  const canLink = may(me, 'leaderLink.manage');
  if (leaders.error) return <ErrorAlert error={leaders.error} onRetry={() => void leaders.refetch()} />;
  return (
    <Card title={t('nav.leaders')}>
      <Table<LeaderSummary>
        rowKey="id"
        loading={leaders.isLoading}
        dataSource={leaders.data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyList text={t('leader.empty')} /> }}
        columns={[
          { title: t('leader.name'), key: 'name', render: (_, l) => <Link to={`/leaders/${l.id}`}>{l.name}</Link> },
          { title: t('leader.projects'), dataIndex: 'projects' },
          { title: t('leader.events'), dataIndex: 'events' },
          ...(canLink
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, l: LeaderSummary) => (
                    <Button size="small" onClick={() => setLinking(l.id)}>
                      {t('leader.link')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canLink ? <LeaderLinkModal leaderId={linking} onClose={() => setLinking(null)} /> : null}
    </Card>
  );
}
