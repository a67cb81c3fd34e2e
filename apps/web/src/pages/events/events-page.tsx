import { useIdParam } from '../../components/use-id-param.ts';
import { EventDetail } from '../../features/events/components/event-detail.tsx';
import { EventsHome } from '../../features/events/components/events-home.tsx';
import { NotFoundPage } from '../not-found/not-found-page.tsx';

/** /events and /events/:id: the calendar, list and campaigns, or one event. */
export function EventsPage() {
  const id = useIdParam();
  if (id === undefined) return <EventsHome />;
  if (Number.isNaN(id)) return <NotFoundPage />;
  return <EventDetail id={id} />;
}
