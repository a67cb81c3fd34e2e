import { LeadList } from '../../features/leads/components/lead-list.tsx';

export function LeadsPage() {
  return <LeadList />;
}
