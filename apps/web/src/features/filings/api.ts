import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type {
  Conflict,
  ConflictDecision,
  ConflictStatus,
  FileResult,
  Filing,
  FilingInput,
  FilingListParams,
} from './types.ts';

const filingsKey = ['filings'] as const;
const conflictsKey = ['conflicts'] as const;
const notificationsKey = ['notifications'] as const;

export function useFilings(params: FilingListParams, enabled = true) {
  return useQuery({
    queryKey: [...filingsKey, 'list', params],
    queryFn: () => api.get<{ items: Filing[] }>('/filings', params).then((r) => r.items),
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
    mutationFn: (input: FilingInput) => api.post<FileResult>('/filings', input),
    onSuccess: invalidate,
  });
}

export function useRenewFiling() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: ({ id, progress }: { id: number; progress: string }) =>
      api.post<{ id: number; expiresOn: string }>(`/filings/${id}/renew`, { progress }),
    onSuccess: invalidate,
  });
}

export function useConflicts(status?: ConflictStatus) {
  return useQuery({
    queryKey: [...conflictsKey, { status }],
    queryFn: () => api.get<{ items: Conflict[] }>('/conflicts', { status }).then((r) => r.items),
  });
}

export function useDecideConflict() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: ConflictDecision }) =>
      api.post<{ id: number; status: ConflictStatus }>(`/conflicts/${id}/decision`, decision),
    onSettled: invalidate,
  });
}
