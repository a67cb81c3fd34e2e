import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type ForeignCapitalEntry = Schemas['ForeignCapitalEntry'];
export type ForeignCapitalInput = BodyOf<'/api/v1/foreign-capital', 'put'>['items'][number];

const foreignKey = ['foreign-capital'] as const;
/** The dashboard shows foreign capital: it refreshes with it. */
const dashboardKey = ['dashboard'] as const;

/** This year's and last year's monthly entries. */
export function useForeignCapital(year: number) {
  return useQuery({
    queryKey: [...foreignKey, year],
    queryFn: ({ signal }) =>
      bodyOf(client.GET('/api/v1/foreign-capital', { params: { query: { year } }, signal })).then((r) => r.items),
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
    mutationFn: (items: ForeignCapitalInput[]) => bodyOf(client.PUT('/api/v1/foreign-capital', { body: { items } })),
    onSuccess: invalidate,
  });
}
