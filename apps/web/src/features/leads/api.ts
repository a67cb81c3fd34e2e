import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitKind } from '@zhaoshang/shared';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Lead = Schemas['Lead'];
export type UnitRef = Lead['company'];
export type LeadStatus = Lead['status'];
export type LeadSource = Lead['source'];
export type LeadClock = Lead['clock'];
export type LeadStep = LeadClock['overdue'][number];
export const LEAD_STATUSES = ['new', 'following', 'filed', 'dropped'] as const satisfies readonly LeadStatus[];
export const LEAD_SOURCES = [
  'event',
  'referral',
  'visit',
  'research',
  'other',
] as const satisfies readonly LeadSource[];
export const LEAD_STEPS = ['acknowledge', 'assess', 'feedback'] as const satisfies readonly LeadStep[];
export type LeadListParams = QueryOf<'/api/v1/leads'> & { page: number; pageSize: number };
export type LeadInput = BodyOf<'/api/v1/leads', 'post'>;
export type LeadProgress = BodyOf<'/api/v1/leads/{id}/progress', 'post'>;
export type ResponseRule = Schemas['LeadResponseRule'];

export const leadsKey = ['leads'] as const;
const rulesKey = ['lead-response-rules'] as const;

export function useLeads(params: LeadListParams) {
  return useQuery({
    queryKey: [...leadsKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/leads', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useReportLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LeadInput) => bodyOf(client.POST('/api/v1/leads', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadsKey }),
  });
}

export function useAdvanceLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, progress }: { id: number; progress: LeadProgress }) =>
      bodyOf(client.POST('/api/v1/leads/{id}/progress', { params: { path: { id } }, body: progress })),
    // A version conflict also means our copy is stale: reload either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: leadsKey }),
  });
}

export function useResponseRules(enabled: boolean) {
  return useQuery({
    queryKey: rulesKey,
    queryFn: () => bodyOf(client.GET('/api/v1/lead-response-rules')).then((r) => r.items),
    enabled,
  });
}

export function useSetResponseRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitKind, ...days }: ResponseRule & { unitKind: UnitKind }) =>
      bodyOf(client.PUT('/api/v1/lead-response-rules/{unitKind}', { params: { path: { unitKind } }, body: days })),
    // Deadlines of every open lead move with the rule.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rulesKey }),
        queryClient.invalidateQueries({ queryKey: leadsKey }),
      ]),
  });
}
