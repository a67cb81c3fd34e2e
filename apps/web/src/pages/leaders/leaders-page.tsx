import { LeadersView } from '../../features/leaders/components/leaders-view.tsx';

/** /leaders and /leaders/:id: city leaders on major projects and events. */
export function LeadersPage() {
  return <LeadersView />;
}
