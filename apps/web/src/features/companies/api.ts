import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type { Company, CompanyDetail, CompanyInput, CompanyListParams, MatchResult, Paged } from './types.ts';

const companiesKey = ['companies'] as const;

export function useCompanies(params: CompanyListParams) {
  return useQuery({
    queryKey: [...companiesKey, 'list', params],
    queryFn: () => api.get<Paged<Company>>('/companies', params),
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
    queryFn: ({ signal }) => api.get<MatchResult>('/companies/match', input, { signal }),
    enabled: input.name !== '',
    staleTime: 10_000,
    retry: false,
  });
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyInput) => api.post<Company>('/companies', input),
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
    queryFn: () => api.get<CompanyDetail>(`/companies/${id}`),
    enabled: id !== undefined,
  });
}
