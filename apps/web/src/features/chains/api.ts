import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type ChainMap = Schemas['ChainMap'];
export type ChainGapRow = Schemas['ChainGap'];
export type HostRecommendation = Schemas['HostRecommendation'];
export type DrillQuery = QueryOf<'/api/v1/chains/drill'>;
export type GroupInput = BodyOf<'/api/v1/chain-groups', 'post'>;
export type ChainInput = BodyOf<'/api/v1/chains', 'post'>;
export type SegmentInput = BodyOf<'/api/v1/chain-segments', 'post'>;
export type TargetInput = BodyOf<'/api/v1/chain-targets', 'post'>;
export type ChainTarget = Schemas['ChainTarget'];
export type GroupOfMap = ChainMap['groups'][number];
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

/** A save of a new (no id) or existing record (id and the version the form was loaded with). */
type Save<I> = { id?: number; version?: number; input: I };
type Saved = { id: number; version: number };

/** Every edit of the map refreshes it (and its gaps), also after a refusal, so a stale form reloads. */
function useMapMutation<V, R>(mutationFn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: chainsKey }) });
}

export function useSaveGroup() {
  return useMapMutation(
    ({ id, version, input }: Save<GroupInput>): Promise<Saved> =>
      id
        ? bodyOf(
            client.PUT('/api/v1/chain-groups/{id}', {
              params: { path: { id } },
              body: { ...input, version: version! },
            }),
          )
        : bodyOf(client.POST('/api/v1/chain-groups', { body: input })),
  );
}

/** Saves a chain, then its designated host units when they changed (the chain's new version guards them). */
export function useSaveChain() {
  return useMapMutation(
    async ({ id, version, input, unitIds }: Save<ChainInput> & { unitIds?: number[] }): Promise<Saved> => {
      const saved = id
        ? await bodyOf(
            client.PUT('/api/v1/chains/{id}', { params: { path: { id } }, body: { ...input, version: version! } }),
          )
        : await bodyOf(client.POST('/api/v1/chains', { body: input }));
      if (!unitIds) return saved;
      return bodyOf(
        client.PUT('/api/v1/chains/{id}/designations', {
          params: { path: { id: saved.id } },
          body: { unitIds, version: saved.version },
        }),
      );
    },
  );
}

export function useSaveSegment() {
  return useMapMutation(
    ({ id, version, input }: Save<SegmentInput>): Promise<Saved> =>
      id
        ? bodyOf(
            client.PUT('/api/v1/chain-segments/{id}', {
              params: { path: { id } },
              body: { ...input, version: version! },
            }),
          )
        : bodyOf(client.POST('/api/v1/chain-segments', { body: input })),
  );
}

export function useDeleteSegment() {
  return useMapMutation(({ id, version }: Saved) =>
    bodyOf(client.DELETE('/api/v1/chain-segments/{id}', { params: { path: { id }, query: { version } } })),
  );
}

export function useTargets(segmentId: number) {
  return useQuery({
    queryKey: [...chainsKey, 'targets', segmentId],
    queryFn: () =>
      bodyOf(client.GET('/api/v1/chain-segments/{id}/targets', { params: { path: { id: segmentId } } })).then(
        (r) => r.items,
      ),
  });
}

export function useSaveTarget() {
  return useMapMutation(
    ({ id, version, input }: Save<TargetInput>): Promise<Saved> =>
      id
        ? bodyOf(
            client.PUT('/api/v1/chain-targets/{id}', {
              params: { path: { id } },
              body: { ...input, version: version! },
            }),
          )
        : bodyOf(client.POST('/api/v1/chain-targets', { body: input })),
  );
}

export function useDeleteTarget() {
  return useMapMutation(({ id, version }: Saved) =>
    bodyOf(client.DELETE('/api/v1/chain-targets/{id}', { params: { path: { id }, query: { version } } })),
  );
}
