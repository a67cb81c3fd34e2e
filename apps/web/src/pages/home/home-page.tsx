import { Flex } from 'antd';
import { UnitKindStats } from '../../features/dashboard/components/unit-kind-stats.tsx';
import { WelcomeCard } from '../../features/dashboard/components/welcome-card.tsx';

export function HomePage() {
  return (
    <Flex vertical gap={24}>
      <WelcomeCard />
      <UnitKindStats />
    </Flex>
  );
}
