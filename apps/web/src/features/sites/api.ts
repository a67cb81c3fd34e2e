import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Site = Schemas['Site'];
export type SiteMatch = Schemas['SiteMatch'];
export type SiteListParams = QueryOf<'/api/v1/sites'>;
export type MatchInput = BodyOf<'/api/v1/sites/match', 'post'>;
export type SiteInput = BodyOf<'/api/v1/sites', 'post'>;

export const sitesKey = ['sites'] as const;

export function useSites(params: SiteListParams) {
  return useQuery({
    queryKey: [...sitesKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/sites', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useStaleCounts() {
  return useQuery({
    queryKey: [...sitesKey, 'stale'],
    queryFn: () => bodyOf(client.GET('/api/v1/sites/stale')),
  });
}

/** Records a site, or saves an edit of one with the version it was read at (409 when stale). */
export function useSaveSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, version }: { id?: number; input: SiteInput; version?: number }) =>
      id
        ? bodyOf(
            client.PUT('/api/v1/sites/{id}', { params: { path: { id } }, body: { ...input, version: version! } }),
          ).then((r) => r.id)
        : bodyOf(client.POST('/api/v1/sites', { body: input })).then((r) => r.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sitesKey }),
  });
}

/** The owner unit confirms a site is current this quarter. */
export function useConfirmSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      bodyOf(client.POST('/api/v1/sites/{id}/confirm', { params: { path: { id } }, body: { version } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sitesKey }),
  });
}

/** Ranks the available sites for needs (a mutation: the clerk asks, the answer is shown). */
export function useMatchSites() {
  return useMutation({
    mutationFn: (input: MatchInput) => bodyOf(client.POST('/api/v1/sites/match', { body: input })),
  });
}
