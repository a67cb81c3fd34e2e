import { Alert, Button, List, Modal, Space, Typography } from 'antd';
import { formatDateTime } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { isoOf } from '../project-format.ts';
import type { ConflictChange, Project } from '../types.ts';
import { HistoryEvent } from './history-event.tsx';

/**
 * Someone saved the project after this form was opened. Their changes are listed (who, when,
 * what → what); the form is never saved over them: the person reloads and edits again.
 */
export function ConflictModal({
  open,
  message,
  changes,
  project,
  reloading,
  onReload,
  onClose,
}: {
  open: boolean;
  message: string;
  changes: ConflictChange[];
  project?: Pick<Project, 'company'>;
  reloading: boolean;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={t('project.conflict.title')}
      onCancel={onClose}
      width={680}
      footer={
        <Space>
          <Button onClick={onClose}>{t('project.conflict.keepEditing')}</Button>
          <Button type="primary" loading={reloading} onClick={onReload}>
            {t('project.conflict.reload')}
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={message}
        description={t('project.conflict.hint')}
        style={{ marginBottom: 16 }}
      />
      <List
        size="small"
        bordered
        dataSource={changes}
        locale={{ emptyText: t('project.conflict.noDetails') }}
        renderItem={(change) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Typography.Text strong>{change.user_name ?? t('project.history.someone')}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {formatDateTime(isoOf(change.at))}
              </Typography.Text>
              <div>
                <HistoryEvent kind={change.kind} changes={change.changes} project={project} />
              </div>
              {change.reason ? (
                <Typography.Text type="secondary">
                  {t('project.history.reason', { reason: change.reason })}
                </Typography.Text>
              ) : null}
            </div>
          </List.Item>
        )}
      />
    </Modal>
  );
}
