import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ItemOf, QueryOf, Schemas } from '../../api/types.ts';
import type { DrillTarget, EventsDrillTarget } from './components/drill-context.tsx';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type BulletinSummary = Schemas['BulletinSummary'];
export type BulletinStatus = BulletinSummary['status'];
export type BulletinDetail = Schemas['BulletinDetail'];
export type BulletinSnapshot = Schemas['BulletinSnapshot'];
/** One scope's figures; rates are fractions (0.6 = 60%), null for an empty cohort. */
export type Figures = Schemas['BulletinFigures'];
export type UnitEntry = Schemas['BulletinUnitEntry'];
export type Adjustment = Schemas['BulletinAdjustment'];
export type DrillPage = Schemas['BulletinProjects'];
export type Recomputed = Schemas['BulletinRecomputed'];
export type Difference = ItemOf<Recomputed['differences']>;
export type Correction = ItemOf<Recomputed['corrections']>;
export type DraftInput = BodyOf<'/api/v1/bulletins', 'post'>;

/** A figure of the bulletin the server can list the projects behind. */
export type FigureKey = QueryOf<'/api/v1/bulletins/{id}/projects'>['figure'];
export const FIGURE_KEYS = [
  'signed',
  'amount',
  'contracted',
  'registered',
  'ready',
  'fit',
  'fitAmount',
  'readyImplied',
  'lastYearSigned',
  'fourNewSigned',
  'fourNewStarted',
  'fourNewCompleted',
  'fourNewProducing',
  'pastPlannedStart',
] as const satisfies readonly FigureKey[];

const bulletinsKey = ['bulletins'] as const;

export function useBulletins() {
  return useQuery({
    queryKey: [...bulletinsKey, 'list'],
    queryFn: () => bodyOf(client.GET('/api/v1/bulletins')).then((r) => r.items),
  });
}

export function useBulletin(id: number) {
  return useQuery({
    queryKey: [...bulletinsKey, 'one', id],
    queryFn: () => bodyOf(client.GET('/api/v1/bulletins/{id}', { params: { path: { id } } })),
  });
}

/** The projects behind one number, a page at a time (ids frozen with the bulletin). */
export function useBulletinProjects(id: number, target: DrillTarget | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...bulletinsKey, 'projects', id, target?.figure, target?.unitId, page, pageSize],
    queryFn: () =>
      bodyOf(
        client.GET('/api/v1/bulletins/{id}/projects', {
          // Only enabled with a target.
          params: { path: { id }, query: { figure: target!.figure, unitId: target?.unitId, page, pageSize } },
        }),
      ),
    enabled: target !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The events behind a unit's events indicator (or every unit's, each once), frozen with the bulletin. */
export function useBulletinEvents(id: number, target: EventsDrillTarget | undefined) {
  return useQuery({
    queryKey: [...bulletinsKey, 'events', id, target?.unitId],
    queryFn: () =>
      bodyOf(
        client.GET('/api/v1/bulletins/{id}/events', {
          params: { path: { id }, query: { unitId: target?.unitId } },
        }),
      ),
    enabled: target !== undefined,
  });
}

/** Today's data against a published bulletin: fetched only when asked for. */
export function useRecomputed(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...bulletinsKey, 'recomputed', id],
    queryFn: () => bodyOf(client.GET('/api/v1/bulletins/{id}/recomputed', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
  });
}

/** Drafts or redrafts a month; the list and that bulletin reload either way (a 409 means ours is stale). */
export function useDraftBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DraftInput) => bodyOf(client.POST('/api/v1/bulletins', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}

export function useSaveRemarks(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/v1/bulletins/{id}/remarks', 'put'>) =>
      bodyOf(client.PUT('/api/v1/bulletins/{id}/remarks', { params: { path: { id } }, body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}

export function usePublishBulletin(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      bodyOf(client.POST('/api/v1/bulletins/{id}/publish', { params: { path: { id } }, body: { version } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}
