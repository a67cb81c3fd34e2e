import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitKind } from '@zhaoshang/shared';
import { api } from '../../components/api-client.ts';
import type { Lead, LeadInput, LeadListParams, LeadProgress, Paged, ResponseRule } from './types.ts';

export const leadsKey = ['leads'] as const;
const rulesKey = ['lead-response-rules'] as const;

export function useLeads(params: LeadListParams) {
  return useQuery({
    queryKey: [...leadsKey, 'list', params],
    queryFn: () => api.get<Paged<Lead>>('/leads', params),
    placeholderData: keepPreviousData,
  });
}

export function useReportLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LeadInput) => api.post<{ id: number }>('/leads', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadsKey }),
  });
}

export function useAdvanceLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, progress }: { id: number; progress: LeadProgress }) =>
      api.post<{ id: number; status: string }>(`/leads/${id}/progress`, progress),
    // A version conflict also means our copy is stale: reload either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: leadsKey }),
  });
}

export function useResponseRules(enabled: boolean) {
  return useQuery({
    queryKey: rulesKey,
    queryFn: () => api.get<{ items: ResponseRule[] }>('/lead-response-rules').then((r) => r.items),
    enabled,
  });
}

export function useSetResponseRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitKind, ...days }: ResponseRule & { unitKind: UnitKind }) =>
      api.put<void>(`/lead-response-rules/${unitKind}`, days),
    // Deadlines of every open lead move with the rule.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rulesKey }),
        queryClient.invalidateQueries({ queryKey: leadsKey }),
      ]),
  });
}
