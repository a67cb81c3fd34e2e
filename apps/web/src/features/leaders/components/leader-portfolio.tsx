import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { stageLabel } from '../../projects/project-format.ts';
import { type LeaderPortfolio as Portfolio, useLeaderPortfolio, useUnlinkLeader } from '../api.ts';

type Project = Portfolio['projects'][number];
const TRACK_COLORS: Record<string, string> = {
  overdue: 'red',
  at_risk: 'orange',
  on_track: 'green',
  no_plan: 'default',
};

/** A leader's page: the major projects they follow (track, milestones, open blockers) and the events they lead. */
export function LeaderPortfolio({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const { message } = App.useApp();
  const portfolio = useLeaderPortfolio(id);
  const unlink = useUnlinkLeader();
  const canLink = may(me, 'leaderLink.manage');
  const back = (
    <Link to="/leaders" aria-label={t('leader.back')}>
      <ArrowLeftOutlined />
    </Link>
  );
  if (portfolio.error) return <ErrorAlert error={portfolio.error} onRetry={() => void portfolio.refetch()} />;
  if (!portfolio.data)
    return (
      <Card>
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      </Card>
    );
  const p = portfolio.data;
  const remove = (kind: 'projects' | 'events', targetId: number) =>
    unlink.mutate({ leaderId: id, kind, targetId }, { onSuccess: () => message.success(t('leader.unlinked')) });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {back}
            {t('leader.portfolioOf', { name: p.leader.name })}
          </Space>
        }
      >
        <Table<Project>
          rowKey="id"
          dataSource={p.projects}
          pagination={false}
          locale={{ emptyText: t('leader.noProjects') }}
          columns={[
            {
              title: t('leader.majorProject'),
              key: 'name',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/projects/${r.id}`}>{r.name}</Link>
                  <Typography.Text type="secondary">
                    {r.hostUnit} · {t('leader.agreedWan', { amount: r.agreedWan })}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('leader.stage'), key: 'stage', render: (_, r) => (r.stage ? stageLabel(r.stage, lang) : '') },
            {
              title: t('work.trackLabel'),
              key: 'track',
              render: (_, r) =>
                r.track ? <Tag color={TRACK_COLORS[r.track]}>{t(`work.track.${r.track}`)}</Tag> : null,
            },
            {
              title: t('leader.milestones'),
              key: 'milestones',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  {r.milestones.map((m) => (
                    <span key={m.stage}>
                      {stageLabel(m.stage, lang)} {m.plannedOn}
                      {m.reachedOn ? ` ✓ ${m.reachedOn}` : ''}
                    </span>
                  ))}
                </Space>
              ),
            },
            {
              title: t('leader.openBlockers'),
              key: 'blockers',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  {r.blockers.map((b) => (
                    <span key={b.id}>
                      {b.description} · {b.unit} · {b.dueOn}
                      {b.overdue ? <Tag color="red">{t('work.overdue')}</Tag> : null}
                    </span>
                  ))}
                </Space>
              ),
            },
            ...(canLink
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, r: Project) => (
                      <Button size="small" danger onClick={() => remove('projects', r.id)}>
                        {t('leader.unlink')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={t('leader.events')}>
        <List
          dataSource={p.events}
          locale={{ emptyText: t('leader.noEvents') }}
          renderItem={(e) => (
            <List.Item
              actions={
                canLink
                  ? [
                      <Button key="unlink" size="small" danger onClick={() => remove('events', e.id)}>
                        {t('leader.unlink')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Link to={`/events/${e.id}`}>{e.name}</Link>
              <Typography.Text type="secondary">
                {e.startsOn} – {e.endsOn}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
