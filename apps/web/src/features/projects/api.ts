import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectStage } from '@zhaoshang/shared';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf, Schemas } from '../../api/types.ts';
import { downloadFile, uploadFile } from '../../components/api-client.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Project = Schemas['Project'];
/** A project behind an indicator's figure, with what the figure counts for it (when the API says). */
export type DrillProject = Project & { creditedWan?: string };
export type UnitRef = Project['hostUnit'];
export type StageOrIntent = Project['stage'];
export type StageDates = Project['stages'];
export type ProjectPage = Schemas['ProjectPage'];
export type ProjectDetail = Schemas['ProjectDetail'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type Evidence = Schemas['Evidence'];
export type HistoryEntry = Schemas['ProjectHistoryEntry'];
export type ProjectBlocker = Schemas['ProjectBlocker'];
export type ProjectInput = BodyOf<'/api/v1/projects', 'post'>;
export type ProjectSave = BodyOf<'/api/v1/projects/{id}', 'put'>;
export type MilestonePlan = BodyOf<'/api/v1/projects/{id}/milestones', 'put'>['plan'];
export type EvidenceUploaded = ResponseOf<'/api/v1/projects/{id}/evidence', 'post'>;

type ProjectQuery = QueryOf<'/api/v1/projects'>;
export type ProjectSort = NonNullable<ProjectQuery['sort']>;
export const PROJECT_SORTS = [
  'signedOn',
  'agreed',
  'name',
  'updatedAt',
  'stageChangedOn',
] as const satisfies readonly ProjectSort[];

/**
 * The list filters as the URL and the saved views keep them: the API's query keys, each as
 * the text typed or saved (the server checks the values and answers a bad one with a 400).
 */
export type ProjectFilters = {
  [K in Exclude<keyof ProjectQuery, 'sort' | 'desc' | 'page' | 'pageSize'>]?: string;
};
export type ProjectListParams = ProjectFilters &
  Pick<ProjectQuery, 'sort' | 'desc'> & { page: number; pageSize: number };

/** Filters as a query: the text goes as it is, the server validates it. */
const asQuery = (params: ProjectListParams) => params as ProjectQuery;

export const projectsKey = ['projects'] as const;
const settingsKey = ['project-settings'] as const;
const detailKey = (id: number) => [...projectsKey, 'detail', id] as const;

/** One page of the project list (also the dashboard's drill-downs the KPI API does not answer). */
export function fetchProjects(params: ProjectListParams, signal?: AbortSignal) {
  return bodyOf(client.GET('/api/v1/projects', { params: { query: asQuery(params) }, signal }));
}

export function useProjects(params: ProjectListParams) {
  return useQuery({
    queryKey: [...projectsKey, 'list', params],
    queryFn: ({ signal }) => fetchProjects(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: number) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: ({ signal }) => bodyOf(client.GET('/api/v1/projects/{id}', { params: { path: { id } }, signal })),
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
    mutationFn: (input: ProjectInput) => bodyOf(client.POST('/api/v1/projects', { body: input })),
    onSuccess: invalidate,
  });
}

export function useSaveProject(id: number) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (input: ProjectSave) =>
      bodyOf(client.PUT('/api/v1/projects/{id}', { params: { path: { id } }, body: input })),
    onSuccess: invalidate,
  });
}

export function useUploadEvidence(projectId: number) {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: ({ stage, file }: { stage: ProjectStage; file: File }) =>
      uploadFile<EvidenceUploaded>(`/projects/${projectId}/evidence`, { stage }, file),
    onSuccess: invalidate,
  });
}

export function useRemoveEvidence() {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: (evidenceId: number) =>
      bodyOf(client.DELETE('/api/v1/evidence/{id}', { params: { path: { id: evidenceId } } })),
    onSuccess: invalidate,
  });
}

export function useSetMilestones(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (plan: MilestonePlan) =>
      bodyOf(client.PUT('/api/v1/projects/{id}/milestones', { params: { path: { id: projectId } }, body: { plan } })),
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
    queryFn: () => bodyOf(client.GET('/api/v1/project-settings')),
    staleTime: 60_000,
  });
}

export function useSetMajorThreshold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (majorThresholdWan: string) =>
      bodyOf(client.PUT('/api/v1/project-settings', { body: { majorThresholdWan } })),
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
