import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
/** A year's days that differ from Monday to Friday, as GET /calendar/:year answers them. */
export type CalendarYear = ResponseOf<'/api/v1/calendar/{year}'>;
export type CalendarDay = ItemOf<CalendarYear['days']>;
export type CalendarDayInput = BodyOf<'/api/v1/calendar/days', 'post'>;

const calendarKey = ['calendar'] as const;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...calendarKey, year],
    queryFn: () => bodyOf(client.GET('/api/v1/calendar/{year}', { params: { path: { year } } })),
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
    mutationFn: (input: CalendarDayInput) => bodyOf(client.POST('/api/v1/calendar/days', { body: input })),
    onSuccess: invalidate,
  });
}

export function useRemoveCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (date: string) => bodyOf(client.DELETE('/api/v1/calendar/days/{date}', { params: { path: { date } } })),
    onSettled: invalidate,
  });
}
