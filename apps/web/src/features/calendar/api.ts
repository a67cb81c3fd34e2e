import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type { CalendarDay, CalendarDayInput, CalendarYear } from './types.ts';

const calendarKey = ['calendar'] as const;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...calendarKey, year],
    queryFn: () => api.get<CalendarYear>(`/calendar/${year}`),
  });
}

/** A changed calendar moves every open lead's deadlines: the lead lists reload too. */
function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: calendarKey }),
      queryClient.invalidateQueries({ queryKey: ['leads'] }),
    ]);
}

export function useAddCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (input: CalendarDayInput) => api.post<CalendarDay>('/calendar/days', input),
    onSuccess: invalidate,
  });
}

export function useRemoveCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (date: string) => api.delete<void>(`/calendar/days/${date}`),
    onSettled: invalidate,
  });
}
