import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type { MajorProjectsBoard, MajorProjectsParams } from './types.ts';

/** The board's key; reviews, blockers and meetings refresh it when they change a project's track. */
export const majorProjectsKey = ['major-projects'] as const;

export function useMajorProjects(params: MajorProjectsParams) {
  return useQuery({
    queryKey: [...majorProjectsKey, params],
    queryFn: () => api.get<MajorProjectsBoard>('/major-projects', params),
    placeholderData: keepPreviousData,
  });
}
