import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, downloadFile } from '../../components/api-client.ts';
import type { AuditEntry, AuditFilters, AuditListParams, ChainVerification } from './types.ts';

export function useAuditEntries(params: AuditListParams) {
  return useQuery({
    queryKey: ['audit', 'list', params],
    queryFn: () => api.get<{ items: AuditEntry[]; total: number }>('/audit', params),
    placeholderData: keepPreviousData,
  });
}

export function useAuditActions() {
  return useQuery({
    queryKey: ['audit', 'actions'],
    queryFn: () => api.get<{ items: string[] }>('/audit/actions').then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

/** Recomputes the hash chain on the server; run on demand, never cached. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get<ChainVerification>('/audit/verify') });
}

export function useExportAudit() {
  return useMutation({
    mutationFn: (filters: AuditFilters) => downloadFile('/audit/export', filters, 'audit.xlsx'),
  });
}
