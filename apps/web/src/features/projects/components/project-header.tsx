import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { GateTag } from '../../quality-gate/components/gate-tag.tsx';
import type { Project } from '../api.ts';
import { isoOf } from '../project-format.ts';
import { MajorTag, OutsideRecommendationTag, StageTag, StatusTag } from './project-tags.tsx';

/** The project's name and tags, with the edit button for those who may edit it. */
export function ProjectHeader({
  project,
  canEdit,
  onEdit,
}: {
  project: Project;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useI18n();
  return (
    <Card>
      <Link to="/projects">
        <ArrowLeftOutlined /> {t('project.backToList')}
      </Link>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          justifyContent: 'space-between',
          marginTop: 8,
        }}
      >
        <Space wrap size={[8, 4]} style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {project.name}
          </Typography.Title>
          <StageTag stage={project.stage} />
          <StatusTag project={project} showActive />
          <GateTag gate={project.gate} />
          {project.major ? <MajorTag /> : null}
          {project.fitsPositioning ? (
            <Tag color="green">{t('project.fitsTag')}</Tag>
          ) : (
            <Tag>{t('project.notFitsTag')}</Tag>
          )}
          {project.outsideRecommendation ? <OutsideRecommendationTag /> : null}
        </Space>
        {canEdit ? (
          <Button type="primary" icon={<EditOutlined />} onClick={onEdit}>
            {t('common.edit')}
          </Button>
        ) : null}
      </div>
      {project.status !== 'active' && project.statusReason ? (
        <Typography.Paragraph
          type={project.status === 'stalled' ? 'warning' : 'secondary'}
          style={{ margin: '8px 0 0' }}
        >
          {t('project.statusReasonText', { reason: project.statusReason })}
        </Typography.Paragraph>
      ) : null}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('project.versionLine', {
          id: project.id,
          version: project.version,
          at: formatDateTime(isoOf(project.updatedAt)),
        })}
      </Typography.Text>
    </Card>
  );
}
