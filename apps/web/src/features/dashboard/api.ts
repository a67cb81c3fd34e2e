import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { ItemOf, QueryOf, Schemas } from '../../api/types.ts';
import { fetchProjects, type ProjectFilters } from '../projects/api.ts';
import { dashboardQuery } from './dashboard-query.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
/** GET /dashboard: the leaders' view of a year to date. Amounts are exact decimal strings (万元, 万美元). */
export type Dashboard = Schemas['Dashboard'];
export type MonthFigures = ItemOf<Dashboard['signedByMonth']>;
export type FunnelStage = keyof Dashboard['funnel'];
export const FUNNEL_STAGES = [
  'signed',
  'contracted',
  'registered',
  'ready',
  'started',
  'completed',
  'producing',
] as const satisfies readonly FunnelStage[];
export type UnitRates = ItemOf<Dashboard['unitRates']>;
/** The three rates each host unit is held to, as the dashboard names them. */
export type UnitRateKey = Exclude<keyof UnitRates, 'unit' | 'signed'>;
export const UNIT_RATE_KEYS = [
  'contractRate',
  'registrationRate',
  'readyRate',
] as const satisfies readonly UnitRateKey[];
export type QualityCheckKey = keyof Dashboard['dataQuality'];
export const QUALITY_CHECK_KEYS = [
  'readyImplied',
  'missingEvidence',
  'sameInvestorTwoUnits',
  'partExceedsWhole',
  'outliers',
  'iurTotals',
  'staleSites',
] as const satisfies readonly QualityCheckKey[];
export type MajorTrack = Exclude<keyof Dashboard['majorProjects'], 'thresholdWan'>;

type KpiQuery = QueryOf<'/api/v1/kpi/projects'>;
/** The KPI figures the dashboard drills into: the stages the engine counts. */
export type KpiFigure = Extract<KpiQuery['figure'], 'signed' | 'contracted' | 'registered' | 'ready'>;
/** The KPI drill-down: the projects behind one figure of a window. */
export type KpiDrill = Pick<KpiQuery, 'from' | 'to' | 'unitId'> & { figure: KpiFigure; role?: 'host' };

export { dashboardKey } from './dashboard-query.ts';

export function useDashboard(year: number) {
  return useQuery(dashboardQuery(year));
}

/** One page of the projects behind a KPI figure (GET /kpi/projects). */
export function useKpiProjects(drill: KpiDrill | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['kpi-projects', drill, page, pageSize],
    queryFn: ({ signal }) =>
      // Only enabled with a drill.
      bodyOf(client.GET('/api/v1/kpi/projects', { params: { query: { ...drill!, page, pageSize } }, signal })),
    enabled: drill !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** One page of the project list with filters (the drill-downs the KPI API does not answer). */
export function useFilteredProjects(filters: ProjectFilters | undefined, page: number, pageSize: number) {
  const params = { ...filters, sort: 'signedOn', desc: 'true', page, pageSize } as const;
  return useQuery({
    queryKey: ['projects', 'list', params],
    queryFn: ({ signal }) => fetchProjects(params, signal),
    enabled: filters !== undefined,
    placeholderData: keepPreviousData,
  });
}
