import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type { ForeignCapitalEntry, ForeignCapitalInput } from './types.ts';

const foreignKey = ['foreign-capital'] as const;
/** The dashboard shows foreign capital: it refreshes with it. */
const dashboardKey = ['dashboard'] as const;

/** This year's and last year's monthly entries. */
export function useForeignCapital(year: number) {
  return useQuery({
    queryKey: [...foreignKey, year],
    queryFn: ({ signal }) =>
      api.get<{ items: ForeignCapitalEntry[] }>('/foreign-capital', { year }, { signal }).then((r) => r.items),
  });
}

export function useInvalidateForeignCapital() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: foreignKey }),
      queryClient.invalidateQueries({ queryKey: dashboardKey }),
    ]);
}

export function useSaveForeignCapital() {
  const invalidate = useInvalidateForeignCapital();
  return useMutation({
    mutationFn: (items: ForeignCapitalInput[]) => api.put<void>('/foreign-capital', { items }),
    onSuccess: invalidate,
  });
}
