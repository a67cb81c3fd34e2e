import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectStage } from '@zhaoshang/shared';
import { api, downloadFile, uploadFile } from '../../components/api-client.ts';
import type {
  MilestonePlan,
  ProjectDetail,
  ProjectFilters,
  ProjectInput,
  ProjectListParams,
  ProjectPage,
  ProjectSave,
} from './types.ts';

export const projectsKey = ['projects'] as const;
const settingsKey = ['project-settings'] as const;
const detailKey = (id: number) => [...projectsKey, 'detail', id] as const;

export function useProjects(params: ProjectListParams) {
  return useQuery({
    queryKey: [...projectsKey, 'list', params],
    queryFn: ({ signal }) => api.get<ProjectPage>('/projects', params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: number) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: ({ signal }) => api.get<ProjectDetail>(`/projects/${id}`, undefined, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Every project change shows in the list, the project page and its history: refresh them all. */
function useInvalidateProjects() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: projectsKey });
}

export function useCreateProject() {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (input: ProjectInput) => api.post<{ id: number }>('/projects', input),
    onSuccess: invalidate,
  });
}

export function useSaveProject(id: number) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (input: ProjectSave) =>
      api.put<{ id: number; version: number; corrections: number[] }>(`/projects/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useUploadEvidence(projectId: number) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: ({ stage, file }: { stage: ProjectStage; file: File }) =>
      uploadFile<{ id: number; sha256: string; contentType: string }>(
        `/projects/${projectId}/evidence`,
        { stage },
        file,
      ),
    onSuccess: invalidate,
  });
}

export function useRemoveEvidence() {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (evidenceId: number) => api.delete<void>(`/evidence/${evidenceId}`),
    onSuccess: invalidate,
  });
}

export function useSetMilestones(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (plan: MilestonePlan) => api.put<void>(`/projects/${projectId}/milestones`, { plan }),
    // The major-projects board reads the same plan.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: projectsKey }),
        queryClient.invalidateQueries({ queryKey: ['major-projects'] }),
      ]),
  });
}

export function useProjectSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<{ majorThresholdWan: string }>('/project-settings'),
    staleTime: 60_000,
  });
}

export function useSetMajorThreshold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (majorThresholdWan: string) => api.put<void>('/project-settings', { majorThresholdWan }),
    // Which projects are major changes with the threshold.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKey }),
        queryClient.invalidateQueries({ queryKey: projectsKey }),
      ]),
  });
}

/** The xlsx of every project the filters select (no paging). */
export function exportProjects(filters: ProjectFilters, fileName: string): Promise<void> {
  return downloadFile('/exports/projects', filters, fileName);
}
