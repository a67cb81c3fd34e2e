import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type LeaderSummary = Schemas['LeaderSummary'];
export type LeaderPortfolio = Schemas['LeaderPortfolio'];
export type LinkKind = 'projects' | 'events';

const leadersKey = ['leaders'] as const;

export function useLeaders() {
  return useQuery({
    queryKey: [...leadersKey, 'list'],
    queryFn: () => bodyOf(client.GET('/api/v1/leaders')).then((r) => r.items),
  });
}

export function useLeaderPortfolio(id: number) {
  return useQuery({
    queryKey: [...leadersKey, 'one', id],
    queryFn: () => bodyOf(client.GET('/api/v1/leaders/{id}', { params: { path: { id } } })),
  });
}

export function useLinkLeader() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ leaderId, kind, targetId }: { leaderId: number; kind: LinkKind; targetId: number }) =>
      bodyOf(
        client.POST('/api/v1/leaders/{id}/{kind}', { params: { path: { id: leaderId, kind } }, body: { targetId } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: leadersKey }),
  });
}

export function useUnlinkLeader() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ leaderId, kind, targetId }: { leaderId: number; kind: LinkKind; targetId: number }) =>
      bodyOf(
        client.DELETE('/api/v1/leaders/{id}/{kind}/{targetId}', { params: { path: { id: leaderId, kind, targetId } } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: leadersKey }),
  });
}
