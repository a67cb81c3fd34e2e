import { useIdParam } from '../../../components/use-id-param.ts';
import { LeaderList } from './leader-list.tsx';
import { LeaderPortfolio } from './leader-portfolio.tsx';

/** /leaders lists the city leaders; /leaders/:id shows one leader's projects and events. */
export function LeadersView() {
  const id = useIdParam();
  if (id === undefined || Number.isNaN(id)) return <LeaderList />;
  return <LeaderPortfolio key={id} id={id} />;
}
