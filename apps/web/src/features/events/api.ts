import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type EventItem = Schemas['Event'];
export type EventYield = Schemas['EventYield'];
export type EventGuest = Schemas['EventGuest'];
export type Campaign = Schemas['Campaign'];
export type YieldReport = Schemas['EventYieldReport'];
export type EventListParams = QueryOf<'/api/v1/events'>;
export type EventInput = BodyOf<'/api/v1/events', 'post'>;
export type EventPage = ResponseOf<'/api/v1/events/{id}'>;
export type CampaignInput = BodyOf<'/api/v1/campaigns', 'post'>;

export const eventsKey = ['events'] as const;
const campaignsKey = ['campaigns'] as const;

export function useEvents(params: EventListParams, enabled = true) {
  return useQuery({
    queryKey: [...eventsKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/events', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEvent(id: number) {
  return useQuery({
    queryKey: [...eventsKey, 'one', id],
    queryFn: () => bodyOf(client.GET('/api/v1/events/{id}', { params: { path: { id } } })),
  });
}

export function useEventYield(window: { from: string; to: string }) {
  return useQuery({
    queryKey: [...eventsKey, 'yield', window],
    queryFn: () => bodyOf(client.GET('/api/v1/events/yield', { params: { query: window } })),
    placeholderData: keepPreviousData,
  });
}

export function useCampaigns() {
  return useQuery({
    queryKey: campaignsKey,
    queryFn: () => bodyOf(client.GET('/api/v1/campaigns')).then((r) => r.items),
  });
}

export function useSaveEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, version }: { id?: number; input: EventInput; version?: number }) =>
      id
        ? bodyOf(
            client.PUT('/api/v1/events/{id}', { params: { path: { id } }, body: { ...input, version: version! } }),
          ).then((r) => r.id)
        : bodyOf(client.POST('/api/v1/events', { body: input })).then((r) => r.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: eventsKey }),
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignInput) => bodyOf(client.POST('/api/v1/campaigns', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKey }),
  });
}

/** Says which event produced a lead or a project (null: none). */
export function useAttributeEvent(what: 'leads' | 'projects') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, eventId }: { id: number; eventId: number | null }) =>
      what === 'leads'
        ? bodyOf(client.PUT('/api/v1/leads/{id}/event', { params: { path: { id } }, body: { eventId } }))
        : bodyOf(client.PUT('/api/v1/projects/{id}/event', { params: { path: { id } }, body: { eventId } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [what] }),
        queryClient.invalidateQueries({ queryKey: eventsKey }),
      ]),
  });
}
