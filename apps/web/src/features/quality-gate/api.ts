import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type IntakeCriteria = Schemas['IntakeCriteria'];
export type GateReview = Schemas['GateReview'];
export type CriteriaInput = BodyOf<'/api/v1/intake-criteria', 'put'>;
export type Decision = BodyOf<'/api/v1/gate-reviews/{id}/decision', 'post'>;

const gateKey = ['quality-gate'] as const;

export function useIntakeCriteria() {
  return useQuery({
    queryKey: [...gateKey, 'criteria'],
    queryFn: () => bodyOf(client.GET('/api/v1/intake-criteria')),
  });
}

export function useSetIntakeCriteria() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CriteriaInput) => bodyOf(client.PUT('/api/v1/intake-criteria', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gateKey }),
  });
}

export function useGateReviews(status: 'pending' | 'approved' | 'rejected' | undefined) {
  return useQuery({
    queryKey: [...gateKey, 'reviews', status ?? 'all'],
    queryFn: () =>
      bodyOf(client.GET('/api/v1/gate-reviews', { params: { query: status ? { status } : {} } })).then((r) => r.items),
  });
}

/** A decision changes the project's tag and the indicators: the project queries reload too. */
export function useDecideReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: Decision }) =>
      bodyOf(client.POST('/api/v1/gate-reviews/{id}/decision', { params: { path: { id } }, body: decision })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: gateKey }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
      ]),
  });
}
