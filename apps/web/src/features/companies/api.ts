import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ItemOf, QueryOf, ResponseOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Company = Schemas['Company'];
export type CompanyListParams = QueryOf<'/api/v1/companies'> & { page: number; pageSize: number };
export type CompanySort = NonNullable<CompanyListParams['sort']>;
export type CompanyInput = BodyOf<'/api/v1/companies', 'post'>;
export type MatchResult = ResponseOf<'/api/v1/companies/match'>;
export type MatchCandidate = ItemOf<MatchResult['candidates']>;
/** Why the server thinks two names are related (its match reasons). */
export const MATCH_REASONS = ['branch_of', 'has_branch', 'key', 'short_name', 'key_similar'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];
/** GET /companies/:id: the company, its group, and who works it (under the sharing rules). */
export type CompanyDetail = ResponseOf<'/api/v1/companies/{id}'>;

const companiesKey = ['companies'] as const;

export function useCompanies(params: CompanyListParams) {
  return useQuery({
    queryKey: [...companiesKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/companies', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * What the registry already holds under this name (and code). Called with debounced
 * input; `uscc` is left out unless it is a valid code, so a half-typed code does not fail.
 */
export function useCompanyMatch(input: { name: string; uscc?: string }) {
  return useQuery({
    queryKey: [...companiesKey, 'match', input],
    queryFn: ({ signal }) => bodyOf(client.GET('/api/v1/companies/match', { params: { query: input }, signal })),
    enabled: input.name !== '',
    staleTime: 10_000,
    retry: false,
  });
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyInput) => bodyOf(client.POST('/api/v1/companies', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: companiesKey }),
  });
}

/** After an import: the list and any match answers may have changed. */
export function useRefreshCompanies() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: companiesKey });
}

export function useCompanyDetail(id: number | undefined) {
  return useQuery({
    queryKey: [...companiesKey, 'detail', id],
    queryFn: () => bodyOf(client.GET('/api/v1/companies/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
}
