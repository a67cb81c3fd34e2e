import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { Notification } from '../api.ts';
import { useMarkRead, useNotifications } from '../api.ts';
import { hasNotifications, notificationTarget } from '../notification-policy.ts';

/** The header bell: unread count, the latest notifications, and "mark all read". */
export function NotificationBell() {
  const me = useSessionUser();
  if (!hasNotifications(me.role)) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications(true);
  const markRead = useMarkRead();
  const unread = notifications.data?.unread ?? 0;

  const openOne = (n: Notification) => {
    if (!n.read) markRead.mutate(n.id);
    const target = notificationTarget(n.kind, n.entityId);
    setOpen(false);
    if (target) navigate(target);
  };

  const content = (
    <div style={{ width: 360 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong>{t('notification.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(undefined)}
        >
          {t('notification.markAll')}
        </Button>
      </div>
      {(notifications.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notification.empty')} />
      ) : (
        <List<Notification>
          size="small"
          style={{ maxHeight: 420, overflowY: 'auto' }}
          dataSource={notifications.data?.items.slice(0, 20)}
          renderItem={(n) => (
            <List.Item style={{ cursor: 'pointer', paddingInline: 4 }} onClick={() => openOne(n)}>
              <div>
                <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" content={content}>
      <Badge count={unread} size="small" overflowCount={99}>
        <Button
          shape="circle"
          icon={<BellOutlined />}
          aria-label={unread > 0 ? t('notification.unread', { count: unread }) : t('notification.title')}
        />
      </Badge>
    </Popover>
  );
}
