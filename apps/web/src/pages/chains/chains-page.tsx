import { ComingSoon } from '../../components/coming-soon.tsx';

export function ChainsPage() {
  return <ComingSoon titleKey="nav.chains" descriptionKey="comingSoon.chains" />;
}
