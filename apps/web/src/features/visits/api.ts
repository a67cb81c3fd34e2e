import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, Schemas } from '../../api/types.ts';

/** A visit logged by a resident bureau's staff (驻点招商走访记录). */
export type Visit = Schemas['Visit'];
export type VisitInput = BodyOf<'/api/v1/visits', 'post'>;

const visitsKey = ['visits'] as const;

export function useVisits(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...visitsKey, page, pageSize],
    queryFn: ({ signal }) => bodyOf(client.GET('/api/v1/visits', { params: { query: { page, pageSize } }, signal })),
  });
}

export function useCreateVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitInput) => bodyOf(client.POST('/api/v1/visits', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitsKey }),
  });
}

export function useDeleteVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => bodyOf(client.DELETE('/api/v1/visits/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitsKey }),
  });
}
