import { ComingSoon } from '../../components/coming-soon.tsx';

export function EventsPage() {
  return <ComingSoon titleKey="nav.events" descriptionKey="comingSoon.events" />;
}
