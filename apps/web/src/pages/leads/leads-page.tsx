import { ComingSoon } from '../../components/coming-soon.tsx';

export function LeadsPage() {
  return <ComingSoon titleKey="nav.leads" descriptionKey="comingSoon.leads" />;
}
