import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { QueryOf, ResponseOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type MajorProject = Schemas['MajorProject'];
export type MajorTrack = MajorProject['track'];
export type MajorProjectsBoard = ResponseOf<'/api/v1/major-projects'>;
export type MajorProjectsParams = QueryOf<'/api/v1/major-projects'>;
export const MAJOR_TRACKS = ['overdue', 'at_risk', 'on_track', 'no_plan'] as const satisfies readonly MajorTrack[];

/** The board's key; reviews, blockers and meetings refresh it when they change a project's track. */
export const majorProjectsKey = ['major-projects'] as const;

export function useMajorProjects(params: MajorProjectsParams) {
  return useQuery({
    queryKey: [...majorProjectsKey, params],
    queryFn: () => bodyOf(client.GET('/api/v1/major-projects', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}
