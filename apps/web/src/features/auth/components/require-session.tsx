import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageSpinner } from '../../../components/full-page-spinner.tsx';
import { useMe } from '../api.ts';

/**
 * Renders its children only for a signed-in user; others go to /login. A user who must
 * change their password is held on /change-password until they do.
 */
export function RequireSession({
  children,
  allowPendingPasswordChange = false,
}: {
  children: ReactNode;
  allowPendingPasswordChange?: boolean;
}) {
  const { data: user, isPending, error, refetch } = useMe();
  const location = useLocation();

  if (isPending) return <FullPageSpinner />;
  if (error) {
    return (
      <div style={{ maxWidth: 560, margin: '80px auto' }}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (user.mustChangePassword && !allowPendingPasswordChange) return <Navigate to="/change-password" replace />;
  return children;
}
