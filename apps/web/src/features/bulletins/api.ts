import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type { BulletinDetail, BulletinSummary, DraftInput, DrillPage, DrillTarget, Recomputed } from './types.ts';

const bulletinsKey = ['bulletins'] as const;

export function useBulletins() {
  return useQuery({
    queryKey: [...bulletinsKey, 'list'],
    queryFn: () => api.get<{ items: BulletinSummary[] }>('/bulletins').then((r) => r.items),
  });
}

export function useBulletin(id: number) {
  return useQuery({
    queryKey: [...bulletinsKey, 'one', id],
    queryFn: () => api.get<BulletinDetail>(`/bulletins/${id}`),
  });
}

/** The projects behind one number, a page at a time (ids frozen with the bulletin). */
export function useBulletinProjects(id: number, target: DrillTarget | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...bulletinsKey, 'projects', id, target?.figure, target?.unitId, page, pageSize],
    queryFn: () =>
      api.get<DrillPage>(`/bulletins/${id}/projects`, {
        figure: target?.figure,
        unitId: target?.unitId,
        page,
        pageSize,
      }),
    enabled: target !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Today's data against a published bulletin: fetched only when asked for. */
export function useRecomputed(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...bulletinsKey, 'recomputed', id],
    queryFn: () => api.get<Recomputed>(`/bulletins/${id}/recomputed`),
    enabled,
    staleTime: 0,
  });
}

/** Drafts or redrafts a month; the list and that bulletin reload either way (a 409 means ours is stale). */
export function useDraftBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DraftInput) => api.post<{ id: number }>('/bulletins', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}

export function useSaveRemarks(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; remarks: string | null }) =>
      api.put<void>(`/bulletins/${id}/remarks`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}

export function usePublishBulletin(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api.post<{ id: number; issueNumber: number; title: string; hash: string }>(`/bulletins/${id}/publish`, {
        version,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}
