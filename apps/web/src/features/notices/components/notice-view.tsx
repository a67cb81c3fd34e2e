import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { mayOnRecord } from '../../../components/policy.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { type NoticeDetail, type NoticeItem, useConfirmNotice, useNotice } from '../api.ts';
import { itemKey, noticeItemDetail } from '../notice-format.ts';

type Reader = NoticeDetail['readers'][number];

/** One notice: what it says, the items listed with it, the reader's confirmation and who has read it. */
export function NoticeView({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const { message } = App.useApp();
  const notice = useNotice(id);
  const confirm = useConfirmNotice();
  const handleError = useListChangeError('page');
  const back = (
    <Link to="/notices" aria-label={t('notice.back')}>
      <ArrowLeftOutlined />
    </Link>
  );

  if (notice.error)
    return (
      <Card
        title={
          <Space>
            {back}
            {t('nav.notices')}
          </Space>
        }
      >
        <ErrorAlert error={notice.error} onRetry={() => void notice.refetch()} />
      </Card>
    );
  if (!notice.data)
    return (
      <Card>
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      </Card>
    );

  const n = notice.data;
  const canConfirm = mayOnRecord(me, 'notice.confirm', { unitId: n.unit.id });
  return (
    <Card
      title={
        <Space>
          {back}
          {n.title}
        </Space>
      }
    >
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Descriptions column={3} size="small">
          <Descriptions.Item label={t('notice.unit')}>{n.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('notice.sentBy')}>{n.sentBy}</Descriptions.Item>
          <Descriptions.Item label={t('notice.sentAt')}>{formatDateTime(n.sentAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Typography.Paragraph>
        {n.items.length > 0 ? (
          <Table<NoticeItem>
            size="small"
            rowKey={itemKey}
            pagination={false}
            dataSource={n.items}
            title={() => t('notice.items')}
            columns={[
              { title: t('notice.itemKind'), key: 'kind', width: 80, render: (_, i) => t(`notice.kind.${i.kind}`) },
              { title: t('notice.itemName'), dataIndex: 'name' },
              { title: t('notice.itemDetail'), key: 'detail', render: (_, i) => noticeItemDetail(i, t, lang) },
            ]}
          />
        ) : null}
        {canConfirm ? (
          n.myReadAt ? (
            <Alert type="success" showIcon message={t('notice.confirmedAt', { time: formatDateTime(n.myReadAt) })} />
          ) : (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={confirm.isPending}
              onClick={() =>
                confirm.mutate(n.id, {
                  onSuccess: () => message.success(t('notice.confirmed')),
                  onError: (error) => handleError(error),
                })
              }
            >
              {t('notice.confirm')}
            </Button>
          )
        ) : null}
        <Table<Reader>
          size="small"
          rowKey="userId"
          pagination={false}
          dataSource={n.readers}
          title={() =>
            `${t('notice.readers')} · ${t('notice.readCount', { confirmed: n.confirmed, recipients: n.recipients })}`
          }
          columns={[
            { title: t('notice.reader'), dataIndex: 'name' },
            {
              title: t('notice.readAt'),
              key: 'readAt',
              render: (_, r) =>
                r.readAt ? formatDateTime(r.readAt) : <Tag color="orange">{t('notice.notReadYet')}</Tag>,
            },
          ]}
        />
      </Space>
    </Card>
  );
}
