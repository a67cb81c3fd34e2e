import { Card, Flex, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { may } from '../../components/policy.ts';
import { useSessionUser } from '../../features/auth/hooks/use-session-user.ts';
import { UnitKindStats } from '../../features/dashboard/components/unit-kind-stats.tsx';
import { WelcomeCard } from '../../features/dashboard/components/welcome-card.tsx';
import { canListUnits } from '../../features/org/org-policy.ts';

// ECharts is large: it loads with the dashboard, never with the home or login page.
const Dashboard = lazy(() =>
  import('../../features/dashboard/components/dashboard.tsx').then((m) => ({ default: m.Dashboard })),
);

/** Leaders and the office see the dashboard (工作台); everyone else the welcome and the units at a glance. */
export function HomePage() {
  const user = useSessionUser();
  const seesDashboard = may(user, 'dashboard.read');
  return (
    <Flex vertical gap={24}>
      <WelcomeCard />
      {seesDashboard ? (
        <Suspense
          fallback={
            <Card>
              <Skeleton active paragraph={{ rows: 10 }} />
            </Card>
          }
        >
          <Dashboard />
        </Suspense>
      ) : canListUnits(user.role) ? (
        <UnitKindStats />
      ) : null}
    </Flex>
  );
}
