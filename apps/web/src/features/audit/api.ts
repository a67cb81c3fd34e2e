import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { ItemOf, QueryOf, ResponseOf } from '../../api/types.ts';
import { downloadFile } from '../../components/api-client.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type AuditEntry = ItemOf<ResponseOf<'/api/v1/audit'>['items']>;
export type AuditOutcome = AuditEntry['outcome'];
export type AuditFilters = QueryOf<'/api/v1/audit/export'>;
export type AuditListParams = AuditFilters & { page: number; pageSize: number };
export type ChainVerification = ResponseOf<'/api/v1/audit/verify'>;

export function useAuditEntries(params: AuditListParams) {
  return useQuery({
    queryKey: ['audit', 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/audit', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useAuditActions() {
  return useQuery({
    queryKey: ['audit', 'actions'],
    queryFn: () => bodyOf(client.GET('/api/v1/audit/actions')).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

/** Recomputes the hash chain on the server; run on demand, never cached. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => bodyOf(client.GET('/api/v1/audit/verify')) });
}

export function useExportAudit() {
  return useMutation({
    mutationFn: (filters: AuditFilters) => downloadFile('/audit/export', filters, 'audit.xlsx'),
  });
}
