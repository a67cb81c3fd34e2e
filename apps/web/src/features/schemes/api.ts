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

/** The three schemes of a year: host (counties and zones), department (service centres and departments), bureau. */
export type SchemeKey = 'host' | 'department' | 'bureau';
export const SCHEME_TABS: SchemeKey[] = ['host', 'department', 'bureau'];
export type FourNewByMonth = ResponseOf<'/api/v1/assessment/four-new/{year}'>;

const schemeKey = (year: number) => ['assessment-scheme', year] as const;
const schemeSetKey = (year: number) => ['assessment-scheme-set', year] as const;
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

/** One of the year's three schemes, in the one-scheme response shape the editor reads. */
export function useSchemeOf(year: number, key: SchemeKey) {
  return useQuery({
    queryKey: schemeSetKey(year),
    queryFn: ({ signal }) =>
      bodyOf(client.GET('/api/v1/assessment/scheme-sets/{year}', { params: { path: { year } }, signal })),
    select: (r): SchemeResponse => {
      const item = r.items.find((i) => i.key === key)!;
      return { scheme: item.scheme, version: item.version, saved: item.saved };
    },
  });
}

export function useSaveSchemeOf(year: number, key: SchemeKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SchemeSave) =>
      bodyOf(client.PUT('/api/v1/assessment/scheme-sets/{year}/{key}', { params: { path: { year, key } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: schemeSetKey(year) }),
        queryClient.invalidateQueries({ queryKey: schemeKey(year) }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

/** "Four new" per unit and month (分段考核). */
export function useFourNewByMonth(year: number) {
  return useQuery({
    queryKey: ['assessment-four-new', year],
    queryFn: ({ signal }) =>
      bodyOf(client.GET('/api/v1/assessment/four-new/{year}', { params: { path: { year } }, signal })),
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
