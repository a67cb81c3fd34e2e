import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Inspection = Schemas['Inspection'];
export type InspectionState = Inspection['state'];
export type InspectionFilter = QueryOf<'/api/v1/inspections'>;
export type InspectionInput = BodyOf<'/api/v1/inspections', 'post'>;
export const INSPECTION_STATES = [
  'open',
  'overdue',
  'rectified',
  'closed',
] as const satisfies readonly InspectionState[];

const inspectionsKey = ['inspections'] as const;

export function useInspections(filter: InspectionFilter) {
  return useQuery({
    queryKey: [...inspectionsKey, filter],
    queryFn: () => bodyOf(client.GET('/api/v1/inspections', { params: { query: filter } })).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

/** The xlsx of the list as filtered (a plain link: the browser downloads it). */
export function inspectionsExportHref(filter: InspectionFilter): string {
  const query = new URLSearchParams(
    Object.entries(filter).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  return `/api/v1/exports/inspections${query ? `?${query}` : ''}`;
}

function useChange<I>(fn: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: inspectionsKey }),
  });
}

export const useRecordInspection = () =>
  useChange((input: InspectionInput) => bodyOf(client.POST('/api/v1/inspections', { body: input })));

export const useRectifyInspection = () =>
  useChange(({ id, rectification }: { id: number; rectification: string }) =>
    bodyOf(
      client.POST('/api/v1/inspections/{id}/rectification', { params: { path: { id } }, body: { rectification } }),
    ),
  );

export const useCloseInspection = () =>
  useChange((id: number) => bodyOf(client.POST('/api/v1/inspections/{id}/close', { params: { path: { id } } })));
