import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ResponseOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
/** GET /assessment/schemes/:year: the default scheme (version 0, not saved) until the office saves one. */
export type SchemeResponse = ResponseOf<'/api/v1/assessment/schemes/{year}'>;
/** One unit's targets for a year; amounts are decimal strings (万元, 万美元), null when not set. */
export type UnitTarget = Schemas['UnitTarget'];
export type SchemeSave = BodyOf<'/api/v1/assessment/schemes/{year}', 'put'>;
export type TargetInput = BodyOf<'/api/v1/assessment/targets/{year}', 'put'>['items'][number];

const schemeKey = (year: number) => ['assessment-scheme', year] as const;
const targetsKey = (year: number) => ['assessment-targets', year] as const;
/** The dashboard shows targets and foreign capital: it refreshes with them. */
const dashboardKey = ['dashboard'] as const;

export function useScheme(year: number) {
  return useQuery({
    queryKey: schemeKey(year),
    queryFn: ({ signal }) =>
      bodyOf(client.GET('/api/v1/assessment/schemes/{year}', { params: { path: { year } }, signal })),
  });
}

export function useSaveScheme(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SchemeSave) =>
      bodyOf(client.PUT('/api/v1/assessment/schemes/{year}', { params: { path: { year } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: schemeKey(year) }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

export function useTargets(year: number) {
  return useQuery({
    queryKey: targetsKey(year),
    queryFn: ({ signal }) =>
      bodyOf(client.GET('/api/v1/assessment/targets/{year}', { params: { path: { year } }, signal })).then(
        (r) => r.items,
      ),
  });
}

export function useSaveTargets(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: TargetInput[]) =>
      bodyOf(client.PUT('/api/v1/assessment/targets/{year}', { params: { path: { year } }, body: { items } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: targetsKey(year) }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}
