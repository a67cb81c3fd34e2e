import { toQueryString } from '../../components/api-client.ts';
import type { FunnelStage, KpiFigure, MajorTrack, QualityCheckKey } from './api.ts';

/** The first and last calendar day of a month: (2026, 2) → 2026-02-01 … 2026-02-28. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

/** The project list of the projects signed in one month. */
export function monthProjectsLink(year: number, month: number): string {
  const { from, to } = monthRange(year, month);
  return `/projects${toQueryString({ signedFrom: from, signedTo: to })}`;
}

/** The project list of one chain's projects signed in the window; null for "no chain", which the list cannot filter. */
export function chainProjectsLink(chain: string | null, window: { from: string; to: string }): string | null {
  if (chain === null) return null;
  return `/projects${toQueryString({ chain, signedFrom: window.from, signedTo: window.to })}`;
}

export const majorProjectsLink = (track: MajorTrack) => `/major-projects${toQueryString({ track })}`;
export const overdueLeadsLink = '/leads?overdue=true';
export const overdueBlockersLink = '/blockers?overdue=true';
export const dataQualityLink = (check?: QualityCheckKey) => `/data-quality${toQueryString({ check })}`;
export const foreignCapitalLink = (year: number) => `/assessment/foreign-capital${toQueryString({ year })}`;

/** The funnel stages the KPI drill-down answers (the engine's own definitions). */
const KPI_STAGES: Partial<Record<FunnelStage, KpiFigure>> = {
  signed: 'signed',
  contracted: 'contracted',
  registered: 'registered',
  ready: 'ready',
};

/** The stages at or past a construction stage: a project now in production has also started. */
const REACHED: Partial<Record<FunnelStage, string>> = {
  started: 'started,completed,producing',
  completed: 'completed,producing',
  producing: 'producing',
};

/** What a click on a funnel stage opens: the KPI drill-down, or the project list by current stage. */
export type StageDrill =
  | { kind: 'kpi'; figure: KpiFigure }
  | { kind: 'list'; filters: { stage: string; signedFrom: string; signedTo: string } };

export function stageDrill(stage: FunnelStage, window: { from: string; to: string }): StageDrill {
  const figure = KPI_STAGES[stage];
  if (figure) return { kind: 'kpi', figure };
  return { kind: 'list', filters: { stage: REACHED[stage] ?? stage, signedFrom: window.from, signedTo: window.to } };
}

/** The project-list page showing the same projects as a list drill-down, when there is one. */
export function projectListLink(filters: Record<string, string | number | undefined>): string {
  return `/projects${toQueryString(filters)}`;
}
