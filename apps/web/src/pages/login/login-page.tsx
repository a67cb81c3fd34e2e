import { Navigate, useLocation } from 'react-router';
import { useMe } from '../../features/auth/api.ts';
import { AuthCardLayout } from '../../features/auth/components/auth-card-layout.tsx';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function LoginPage() {
  const { t } = useI18n();
  const { data: user } = useMe();
  const from = (useLocation().state as { from?: string } | null)?.from;
  if (user) {
    // Someone sent here by an expired session goes back to where they were.
    const next = user.mustChangePassword ? '/change-password' : from && from !== '/login' ? from : '/';
    return <Navigate to={next} replace />;
  }
  return (
    <AuthCardLayout title={t('login.title')}>
      <LoginForm />
    </AuthCardLayout>
  );
}
