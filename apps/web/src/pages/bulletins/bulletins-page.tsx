import { ComingSoon } from '../../components/coming-soon.tsx';

export function BulletinsPage() {
  return <ComingSoon titleKey="nav.bulletins" descriptionKey="comingSoon.bulletins" />;
}
