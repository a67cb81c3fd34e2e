import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ItemOf, QueryOf, ResponseOf, Schemas } from '../../api/types.ts';
import { majorProjectsKey } from '../major-projects/api.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Blocker = Schemas['Blocker'];
export type BlockerStatus = Blocker['status'];
export type BlockerListParams = QueryOf<'/api/v1/blockers'>;
export type BlockerInput = BodyOf<'/api/v1/projects/{id}/blockers', 'post'>;
export type MeetingSummary = Schemas['MeetingSummary'];
export type MeetingStatus = MeetingSummary['status'];
export type MeetingDetail = ResponseOf<'/api/v1/meetings/{id}'>;
export type MeetingItem = ItemOf<MeetingDetail['items']>;
export type MeetingInput = BodyOf<'/api/v1/meetings', 'post'>;
export type MeetingDecisionInput = BodyOf<'/api/v1/meetings/{id}/items/{blockerId}', 'put'>;
export type ProjectHit = Pick<Schemas['Project'], 'id' | 'name'>;

const blockersKey = ['blockers'] as const;
const meetingsKey = ['meetings'] as const;
/** The project pages show blockers too; their keys start with this. */
const projectsKey = ['projects'] as const;

/** Refreshes the given lists once a change has been made (or refused as stale). */
function useInvalidate(...keys: (readonly string[])[]) {
  const queryClient = useQueryClient();
  return () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

// ——— 问题协调 ———

export function useBlockers(params: BlockerListParams, enabled = true) {
  return useQuery({
    queryKey: [...blockersKey, params],
    queryFn: () => bodyOf(client.GET('/api/v1/blockers', { params: { query: params } })).then((r) => r.items),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRaiseBlocker() {
  const invalidate = useInvalidate(blockersKey, majorProjectsKey, projectsKey);
  return useMutation({
    mutationFn: ({ projectId, input }: { projectId: number; input: BlockerInput }) =>
      bodyOf(client.POST('/api/v1/projects/{id}/blockers', { params: { path: { id: projectId } }, body: input })),
    onSuccess: invalidate,
  });
}

export function useResolveBlocker() {
  const invalidate = useInvalidate(blockersKey, majorProjectsKey, meetingsKey, projectsKey);
  return useMutation({
    mutationFn: ({ id, version, resolution }: { id: number; version: number; resolution: string }) =>
      bodyOf(client.POST('/api/v1/blockers/{id}/resolve', { params: { path: { id } }, body: { version, resolution } })),
    // A version conflict also means our copy is stale: reload either way.
    onSettled: invalidate,
  });
}

/** Projects by name for the "raise a blocker" picker; runs only once something is typed. */
export function useProjectSearch(q: string) {
  return useQuery({
    queryKey: [...projectsKey, 'work-search', q],
    queryFn: ({ signal }) =>
      bodyOf(client.GET('/api/v1/projects', { params: { query: { q, pageSize: 20 } }, signal })).then((r) =>
        r.items.map((p): ProjectHit => ({ id: p.id, name: p.name })),
      ),
    enabled: q !== '',
    staleTime: 10_000,
  });
}

// ——— 联席会议 ———

export function useMeetings() {
  return useQuery({
    queryKey: [...meetingsKey, 'list'],
    queryFn: () => bodyOf(client.GET('/api/v1/meetings')).then((r) => r.items),
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: [...meetingsKey, 'one', id],
    queryFn: () => bodyOf(client.GET('/api/v1/meetings/{id}', { params: { path: { id } } })),
  });
}

export function useCreateMeeting() {
  const invalidate = useInvalidate(meetingsKey);
  return useMutation({
    mutationFn: (input: MeetingInput) => bodyOf(client.POST('/api/v1/meetings', { body: input })),
    onSuccess: invalidate,
  });
}

export function useDecideMeetingItem() {
  // A decision may move the blocker to another unit or deadline.
  const invalidate = useInvalidate(meetingsKey, blockersKey, projectsKey);
  return useMutation({
    mutationFn: ({ id, blockerId, input }: { id: number; blockerId: number; input: MeetingDecisionInput }) =>
      bodyOf(
        client.PUT('/api/v1/meetings/{id}/items/{blockerId}', { params: { path: { id, blockerId } }, body: input }),
      ),
    onSettled: invalidate,
  });
}

export function useCloseMeeting() {
  const invalidate = useInvalidate(meetingsKey);
  return useMutation({
    mutationFn: (id: number) => bodyOf(client.POST('/api/v1/meetings/{id}/close', { params: { path: { id } } })),
    onSettled: invalidate,
  });
}
