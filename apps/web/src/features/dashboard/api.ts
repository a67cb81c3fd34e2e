import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type { ProjectPage } from '../projects/types.ts';
import type { Dashboard, KpiDrill } from './types.ts';

export const dashboardKey = ['dashboard'] as const;

export function useDashboard(year: number) {
  return useQuery({
    queryKey: [...dashboardKey, year],
    queryFn: ({ signal }) => api.get<Dashboard>('/dashboard', { year }, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One page of the projects behind a KPI figure (GET /kpi/projects). */
export function useKpiProjects(drill: KpiDrill | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['kpi-projects', drill, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Pick<ProjectPage, 'items' | 'total'>>('/kpi/projects', { ...drill, page, pageSize }, { signal }),
    enabled: drill !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** One page of the project list with filters (the drill-downs the KPI API does not answer). */
export function useFilteredProjects(filters: Record<string, string> | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['projects', 'list', { ...filters, page, pageSize, sort: 'signedOn', desc: 'true' }],
    queryFn: ({ signal }) =>
      api.get<ProjectPage>('/projects', { ...filters, sort: 'signedOn', desc: 'true', page, pageSize }, { signal }),
    enabled: filters !== undefined,
    placeholderData: keepPreviousData,
  });
}
