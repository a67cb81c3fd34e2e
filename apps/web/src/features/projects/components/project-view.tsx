import { Alert, Badge, Button, Card, Col, Result, Row, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../components/api-client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { ProjectBlockers } from '../../blockers/components/project-blockers.tsx';
import { ProjectCapitalTab } from '../../ledgers/components/project-capital-tab.tsx';
import { useProject } from '../api.ts';
import { canPlanMilestones } from '../project-policy.ts';
import { EvidenceSection } from './evidence-section.tsx';
import { HistoryList } from './history-list.tsx';
import { MilestonePlanEditor } from './milestone-plan-editor.tsx';
import { ProjectFacts } from './project-facts.tsx';
import { ProjectFormDrawer } from './project-form-drawer.tsx';
import { ProjectHeader } from './project-header.tsx';
import { StageTimeline } from './stage-timeline.tsx';

/** A project's page: header, key facts, stage timeline, then evidence, plan, blockers and history. */
export function ProjectView({ id }: { id: number }) {
  const { t } = useI18n();
  const me = useSessionUser();
  const navigate = useNavigate();
  const detail = useProject(id);
  const [editing, setEditing] = useState(false);

  if (!Number.isInteger(id) || id <= 0 || (detail.error instanceof ApiError && detail.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('project.notFound')}
        subTitle={t('project.notFoundHint')}
        extra={
          <Button type="primary" onClick={() => navigate('/projects')}>
            {t('project.backToList')}
          </Button>
        }
      />
    );
  }
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );

  const { project, canEdit, timeline, evidence, history, blockers } = detail.data;
  const openBlockers = blockers.filter((b) => b.status === 'open').length;
  const tabs = [
    {
      key: 'evidence',
      label: t('project.tab.evidence', { count: evidence.length }),
      children: <EvidenceSection projectId={id} timeline={timeline} evidence={evidence} canEdit={canEdit} />,
    },
    ...(canPlanMilestones(me, project, canEdit)
      ? [
          {
            key: 'plan',
            label: t('project.tab.plan'),
            children: (
              <MilestonePlanEditor key={timeline.map((e) => e.plannedOn).join()} projectId={id} timeline={timeline} />
            ),
          },
        ]
      : []),
    {
      key: 'blockers',
      label: (
        <Space size={6}>
          {t('project.tab.blockers')}
          <Badge count={openBlockers} size="small" />
        </Space>
      ),
      children: <ProjectBlockers project={project} blockers={blockers} />,
    },
    { key: 'capital', label: t('capital.tab'), children: <ProjectCapitalTab projectId={id} /> },
    { key: 'history', label: t('project.tab.history'), children: <HistoryList history={history} project={project} /> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ProjectHeader project={project} canEdit={canEdit} onEdit={() => setEditing(true)} />
      {project.major && !canPlanMilestones(me, project, canEdit) && timeline.every((e) => !e.plannedOn) ? (
        <Alert type="info" showIcon title={t('project.plan.missing')} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ProjectFacts project={project} />
        </Col>
        <Col xs={24} xl={8}>
          <StageTimeline timeline={timeline} major={project.major} />
        </Col>
      </Row>
      <Card>
        <Tabs items={tabs} />
      </Card>
      {canEdit ? (
        <ProjectFormDrawer
          open={editing}
          project={project}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
          onReload={() => detail.refetch().then((r) => r.data?.project)}
        />
      ) : null}
    </Space>
  );
}
