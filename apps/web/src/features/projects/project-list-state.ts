import { PROJECT_SORTS, type ProjectFilters, type ProjectListParams, type ProjectSort } from './api.ts';

/** The filter keys, as the URL, the saved views and the API query all name them. */
export const FILTER_KEYS = [
  'q',
  'stage',
  'unitId',
  'chain',
  'eventId',
  'amountMinWan',
  'amountMaxWan',
  'investorType',
  'signedFrom',
  'signedTo',
  'majorOnly',
  'stalled',
  'missingEvidence',
  'outsideRecommendation',
  'chainId',
  'segmentId',
  'status',
] as const satisfies readonly (keyof ProjectFilters)[];

/** What a saved view keeps: the filters and the order, not the page. */
export const VIEW_KEYS = [...FILTER_KEYS, 'sort', 'desc'] as const;
export const STATE_KEYS = [...VIEW_KEYS, 'page', 'pageSize'] as const;

export type ViewState = Partial<Record<(typeof VIEW_KEYS)[number], string>>;
export type ListState = Partial<Record<(typeof STATE_KEYS)[number], string>>;

export const DEFAULT_PAGE_SIZE = 20;

/** Only the known keys with a non-empty value: what a view or an export should carry. */
export function pickView(state: Record<string, string | undefined>): ViewState {
  const view: ViewState = {};
  for (const key of VIEW_KEYS) {
    const value = state[key];
    if (typeof value === 'string' && value !== '') view[key] = value;
  }
  return view;
}

export function filtersOf(state: ListState): ProjectFilters {
  const filters: ProjectFilters = {};
  for (const key of FILTER_KEYS) if (state[key]) filters[key] = state[key];
  return filters;
}

const isSort = (value: string | undefined): value is ProjectSort =>
  (PROJECT_SORTS as readonly string[]).includes(value ?? '');

/** The list query from the URL: bad numbers fall back to the first page and the default size. */
export function listParamsOf(state: ListState): ProjectListParams {
  const page = Number(state.page);
  const pageSize = Number(state.pageSize);
  return {
    ...filtersOf(state),
    sort: isSort(state.sort) ? state.sort : undefined,
    desc: state.desc === 'false' ? 'false' : state.desc === 'true' ? 'true' : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: Number.isInteger(pageSize) && pageSize > 0 && pageSize <= 200 ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The values chosen in a many-choice filter (stages, statuses), from its comma list. */
export const choicesOf = (list: string | undefined) => (list ? list.split(',').filter(Boolean) : []);
