import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/auth/api.ts';
import { AuthCardLayout } from '../../features/auth/components/auth-card-layout.tsx';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form.tsx';
import { RequireSession } from '../../features/auth/components/require-session.tsx';
import { useSessionUser } from '../../features/auth/hooks/use-session-user.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

function ChangePasswordScreen() {
  const { t } = useI18n();
  const user = useSessionUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const forced = user.mustChangePassword;
  return (
    <AuthCardLayout title={t('password.title')}>
      <ChangePasswordForm
        user={user}
        onDone={() => navigate('/', { replace: true })}
        onCancel={forced ? undefined : () => navigate('/')}
      />
      {forced ? (
        // Someone who cannot or will not change it now still needs a way out.
        <Button
          type="link"
          style={{ paddingInline: 0, marginTop: 8 }}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
        >
          {t('shell.logout')}
        </Button>
      ) : null}
    </AuthCardLayout>
  );
}

export function ChangePasswordPage() {
  return (
    <RequireSession allowPendingPasswordChange>
      <ChangePasswordScreen />
    </RequireSession>
  );
}
