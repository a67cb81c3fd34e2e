import {
  ArrowLeftOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  PrinterOutlined,
  RedoOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiUrl } from '../../../components/api-client.ts';
import { formatDateTime } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { isoOf } from '../../projects/project-format.ts';
import type { BulletinDetail } from '../api.ts';
import { usePublishBulletin } from '../api.ts';
import { BulletinStatusTag, bulletinTitle } from './bulletin-status-tag.tsx';
import { DraftBulletinModal } from './draft-bulletin-modal.tsx';

/** Title, period, status and seal of a bulletin, its downloads, and the office's redraft and publish on a draft. */
export function BulletinHeader({
  bulletin,
  canManage,
  remarksDirty,
}: {
  bulletin: BulletinDetail;
  canManage: boolean;
  remarksDirty: boolean;
}) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  // A stale publish (someone redrafted or published first) is said in the one stale-save dialog.
  const onPublishError = useListChangeError('page');
  const publish = usePublishBulletin(bulletin.id);
  const [redrafting, setRedrafting] = useState(false);
  const b = bulletin;
  const title = bulletinTitle(b, t);
  const isDraft = b.status === 'draft';

  const confirmPublish = () =>
    modal.confirm({
      title: t('bulletin.publishConfirmTitle', { title }),
      content: t('bulletin.publishConfirm'),
      okText: t('bulletin.publish'),
      cancelText: t('common.cancel'),
      onOk: () =>
        publish.mutateAsync(b.version).then(
          (r) =>
            void message.success(
              t('bulletin.published', { title: t('bulletin.issueTitle', { year: b.year, issue: r.issueNumber }) }),
            ),
          (error) => void onPublishError(error),
        ),
    });

  return (
    <div>
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap align="center">
          <Link to="/bulletins" aria-label={t('bulletin.back')} className="zs-no-print">
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('bulletin.documentTitle', { title })}
          </Typography.Title>
          <BulletinStatusTag status={b.status} />
        </Space>
        <Space wrap className="zs-no-print">
          <Button icon={<FilePdfOutlined />} href={apiUrl(`/bulletins/${b.id}/pdf`)} download>
            {t('bulletin.downloadPdf')}
          </Button>
          <Button icon={<FileExcelOutlined />} href={apiUrl(`/bulletins/${b.id}/xlsx`)} download>
            {t('bulletin.downloadXlsx')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('bulletin.print')}
          </Button>
          {canManage && isDraft ? (
            <>
              <Button icon={<RedoOutlined />} onClick={() => setRedrafting(true)}>
                {t('bulletin.redraft')}
              </Button>
              <Tooltip title={remarksDirty ? t('bulletin.saveRemarksFirst') : undefined}>
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  disabled={remarksDirty}
                  loading={publish.isPending}
                  onClick={confirmPublish}
                >
                  {t('bulletin.publish')}
                </Button>
              </Tooltip>
            </>
          ) : null}
        </Space>
      </Space>
      <Space wrap size={[32, 4]} style={{ marginTop: 12 }}>
        <span style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text type="secondary">{t('bulletin.label', { label: t('bulletin.period') })}</Typography.Text>
          {t('bulletin.periodRange', { from: b.periodFrom, to: b.periodTo })}
        </span>
        {isDraft ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            <Typography.Text type="secondary">
              {t('bulletin.label', { label: t('bulletin.generatedAt') })}
            </Typography.Text>
            {formatDateTime(isoOf(b.createdAt))}
          </span>
        ) : (
          <span style={{ whiteSpace: 'nowrap' }}>
            <Typography.Text type="secondary">
              {t('bulletin.label', { label: t('bulletin.col.published') })}
            </Typography.Text>
            {b.publishedBy ?? '—'} · {formatDateTime(isoOf(b.publishedAt ?? ''))}
          </span>
        )}
      </Space>
      {b.hash ? (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">{t('bulletin.label', { label: t('bulletin.hash') })}</Typography.Text>
          <Typography.Text
            code
            copyable={{ text: b.hash, tooltips: [t('bulletin.copyHash'), t('bulletin.hashCopied')] }}
            style={{ fontSize: 12, wordBreak: 'break-all' }}
          >
            {b.hash}
          </Typography.Text>
        </div>
      ) : null}
      {canManage && isDraft ? (
        <DraftBulletinModal
          open={redrafting}
          onClose={() => setRedrafting(false)}
          redraft={{ year: b.year, month: b.month, adjustments: b.snapshot.adjustments }}
        />
      ) : null}
    </div>
  );
}
