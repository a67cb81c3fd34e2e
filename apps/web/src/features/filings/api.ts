import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ItemOf, QueryOf, ResponseOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Filing = Schemas['Filing'];
export type Ref = Filing['unit'];
export type FilingStatus = Filing['status'];
export const FILING_STATUSES = [
  'active',
  'expired',
  'released',
  'superseded',
] as const satisfies readonly FilingStatus[];
export type FilingListParams = QueryOf<'/api/v1/filings'>;
export type FilingInput = BodyOf<'/api/v1/filings', 'post'>;
/** Filing never fails on a competing filing: it opens a conflict for the office instead. */
export type FileResult = ResponseOf<'/api/v1/filings', 'post'>;
export type Conflict = ItemOf<ResponseOf<'/api/v1/conflicts'>['items']>;
export type ConflictStatus = Conflict['status'];
export const CONFLICT_STATUSES = ['open', 'assigned', 'joint', 'rejected'] as const satisfies readonly ConflictStatus[];
export type ConflictDecision = BodyOf<'/api/v1/conflicts/{id}/decision', 'post'>;

const filingsKey = ['filings'] as const;
const conflictsKey = ['conflicts'] as const;
const notificationsKey = ['notifications'] as const;

export function useFilings(params: FilingListParams, enabled = true) {
  return useQuery({
    queryKey: [...filingsKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/filings', { params: { query: params } })).then((r) => r.items),
    enabled,
  });
}

/** Filing, renewing and deciding change filings, conflicts and the bell alike. */
function useInvalidateFilings() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [filingsKey, conflictsKey, notificationsKey].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useFileCompany() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: (input: FilingInput) => bodyOf(client.POST('/api/v1/filings', { body: input })),
    onSuccess: invalidate,
  });
}

export function useRenewFiling() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: ({ id, progress }: { id: number; progress: string }) =>
      bodyOf(client.POST('/api/v1/filings/{id}/renew', { params: { path: { id } }, body: { progress } })),
    onSuccess: invalidate,
  });
}

export function useConflicts(status?: ConflictStatus) {
  return useQuery({
    queryKey: [...conflictsKey, { status }],
    queryFn: () => bodyOf(client.GET('/api/v1/conflicts', { params: { query: { status } } })).then((r) => r.items),
  });
}

export function useDecideConflict() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: ConflictDecision }) =>
      bodyOf(client.POST('/api/v1/conflicts/{id}/decision', { params: { path: { id } }, body: decision })),
    onSettled: invalidate,
  });
}
