import { Flex } from 'antd';
import { useSessionUser } from '../../features/auth/hooks/use-session-user.ts';
import { UnitKindStats } from '../../features/dashboard/components/unit-kind-stats.tsx';
import { WelcomeCard } from '../../features/dashboard/components/welcome-card.tsx';
import { canListUnits } from '../../features/org/org-policy.ts';

export function HomePage() {
  const user = useSessionUser();
  return (
    <Flex vertical gap={24}>
      <WelcomeCard />
      {canListUnits(user.role) ? <UnitKindStats /> : null}
    </Flex>
  );
}
