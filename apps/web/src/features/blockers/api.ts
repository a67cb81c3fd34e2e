import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import { majorProjectsKey } from '../major-projects/api.ts';
import type {
  Blocker,
  BlockerInput,
  BlockerListParams,
  MeetingDecisionInput,
  MeetingDetail,
  MeetingInput,
  MeetingSummary,
  ProjectHit,
} from './types.ts';

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
    queryFn: () => api.get<{ items: Blocker[] }>('/blockers', params).then((r) => r.items),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRaiseBlocker() {
  const invalidate = useInvalidate(blockersKey, majorProjectsKey, projectsKey);
  return useMutation({
    mutationFn: ({ projectId, input }: { projectId: number; input: BlockerInput }) =>
      api.post<{ id: number }>(`/projects/${projectId}/blockers`, input),
    onSuccess: invalidate,
  });
}

export function useResolveBlocker() {
  const invalidate = useInvalidate(blockersKey, majorProjectsKey, meetingsKey, projectsKey);
  return useMutation({
    mutationFn: ({ id, version, resolution }: { id: number; version: number; resolution: string }) =>
      api.post<void>(`/blockers/${id}/resolve`, { version, resolution }),
    // A version conflict also means our copy is stale: reload either way.
    onSettled: invalidate,
  });
}

/** Projects by name for the "raise a blocker" picker; runs only once something is typed. */
export function useProjectSearch(q: string) {
  return useQuery({
    queryKey: [...projectsKey, 'work-search', q],
    queryFn: ({ signal }) =>
      api.get<{ items: ProjectHit[] }>('/projects', { q, pageSize: 20 }, { signal }).then((r) => r.items),
    enabled: q !== '',
    staleTime: 10_000,
  });
}

// ——— 联席会议 ———

export function useMeetings() {
  return useQuery({
    queryKey: [...meetingsKey, 'list'],
    queryFn: () => api.get<{ items: MeetingSummary[] }>('/meetings').then((r) => r.items),
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: [...meetingsKey, 'one', id],
    queryFn: () => api.get<MeetingDetail>(`/meetings/${id}`),
  });
}

export function useCreateMeeting() {
  const invalidate = useInvalidate(meetingsKey);
  return useMutation({
    mutationFn: (input: MeetingInput) => api.post<{ id: number; items: number }>('/meetings', input),
    onSuccess: invalidate,
  });
}

export function useDecideMeetingItem() {
  // A decision may move the blocker to another unit or deadline.
  const invalidate = useInvalidate(meetingsKey, blockersKey, projectsKey);
  return useMutation({
    mutationFn: ({ id, blockerId, input }: { id: number; blockerId: number; input: MeetingDecisionInput }) =>
      api.put<void>(`/meetings/${id}/items/${blockerId}`, input),
    onSettled: invalidate,
  });
}

export function useCloseMeeting() {
  const invalidate = useInvalidate(meetingsKey);
  return useMutation({
    mutationFn: (id: number) => api.post<void>(`/meetings/${id}/close`),
    onSettled: invalidate,
  });
}
