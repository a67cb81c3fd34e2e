import { VisitsPage as Visits } from '../../features/visits/components/visits-page.tsx';

export function VisitsPage() {
  return <Visits />;
}
