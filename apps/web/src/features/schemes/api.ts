import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Scheme } from '@zhaoshang/shared';
import { api } from '../../components/api-client.ts';
import type { SchemeResponse, TargetInput, UnitTarget } from './types.ts';

const schemeKey = (year: number) => ['assessment-scheme', year] as const;
const targetsKey = (year: number) => ['assessment-targets', year] as const;
/** The dashboard shows targets and foreign capital: it refreshes with them. */
const dashboardKey = ['dashboard'] as const;

export function useScheme(year: number) {
  return useQuery({
    queryKey: schemeKey(year),
    queryFn: ({ signal }) => api.get<SchemeResponse>(`/assessment/schemes/${year}`, undefined, { signal }),
  });
}

export function useSaveScheme(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; scheme: Scheme }) =>
      api.put<{ version: number }>(`/assessment/schemes/${year}`, body),
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
      api.get<{ items: UnitTarget[] }>(`/assessment/targets/${year}`, undefined, { signal }).then((r) => r.items),
  });
}

export function useSaveTargets(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: TargetInput[]) => api.put<void>(`/assessment/targets/${year}`, { items }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: targetsKey(year) }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}
