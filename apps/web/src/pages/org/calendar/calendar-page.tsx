import { CalendarDays } from '../../../features/calendar/components/calendar-days.tsx';

export function CalendarPage() {
  return <CalendarDays />;
}
