import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type ChainMap = Schemas['ChainMap'];
export type ChainGapRow = Schemas['ChainGap'];
export type HostRecommendation = Schemas['HostRecommendation'];
export type DrillQuery = QueryOf<'/api/v1/chains/drill'>;
export type SegmentInput = BodyOf<'/api/v1/chain-segments', 'post'>;
export type ChainOfMap = ChainMap['groups'][number]['chains'][number];
export type SegmentOfMap = ChainOfMap['segments'][number];

export const chainsKey = ['chains'] as const;

export function useChainMap() {
  return useQuery({
    queryKey: [...chainsKey, 'map'],
    queryFn: () => bodyOf(client.GET('/api/v1/chains/map')),
  });
}

export function useChainGaps(onlyGaps: boolean) {
  return useQuery({
    queryKey: [...chainsKey, 'gaps', onlyGaps],
    queryFn: () =>
      bodyOf(client.GET('/api/v1/chains/gaps', { params: { query: { onlyGaps: onlyGaps ? 'true' : 'false' } } })).then(
        (r) => r.items,
      ),
  });
}

export function useDrill(query: DrillQuery | null) {
  return useQuery({
    queryKey: [...chainsKey, 'drill', query],
    queryFn: () => bodyOf(client.GET('/api/v1/chains/drill', { params: { query: query! } })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useRecommendHosts(chainId: number | undefined, segmentId: number | undefined) {
  return useQuery({
    queryKey: [...chainsKey, 'recommend', chainId, segmentId],
    queryFn: () =>
      bodyOf(client.GET('/api/v1/chains/recommend-hosts', { params: { query: { chainId: chainId!, segmentId } } })),
    enabled: chainId !== undefined,
  });
}

export function useUnmatchedChains(enabled: boolean) {
  return useQuery({
    queryKey: [...chainsKey, 'unmatched'],
    queryFn: () => bodyOf(client.GET('/api/v1/chains/unmatched')).then((r) => r.items),
    enabled,
  });
}

export function useCreateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SegmentInput) => bodyOf(client.POST('/api/v1/chain-segments', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chainsKey }),
  });
}
