import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useLogout } from '../../auth/api.ts';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { NotificationBell } from '../../notifications/components/notification-bell.tsx';

/** Product name on the left; who is signed in, language, password and logout on the right. */
export function ShellHeader() {
  const { t, roleLabel } = useI18n();
  const user = useSessionUser();
  const navigate = useNavigate();
  const logout = useLogout();

  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, height: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Typography.Title>
      <Space size="middle" style={{ minWidth: 0 }}>
        <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.3, minWidth: 0, textAlign: 'right' }}>
          <Typography.Text strong ellipsis style={{ maxWidth: 360 }}>
            {user.displayName}
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360, fontSize: 12 }}>
            {user.unit.name} · {roleLabel(user.role)}
          </Typography.Text>
        </div>
        <NotificationBell />
        <LanguageSwitch />
        <Button icon={<KeyOutlined />} onClick={() => navigate('/change-password')}>
          {t('shell.changePassword')}
        </Button>
        <Button
          icon={<LogoutOutlined />}
          loading={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
        >
          {t('shell.logout')}
        </Button>
      </Space>
    </div>
  );
}
