import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import { may } from '../../components/policy.ts';
import { yearFromSearch } from '../../components/year.ts';
import { meQuery } from '../auth/api.ts';

export const dashboardKey = ['dashboard'] as const;

/** GET /dashboard for one year: one query for the page and for the prefetch at start-up. */
export function dashboardQuery(year: number) {
  return queryOptions({
    queryKey: [...dashboardKey, year],
    queryFn: ({ signal }) => bodyOf(client.GET('/api/v1/dashboard', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/**
 * The app opened at / (a bookmark, a reload, the step after login): as soon as the session is
 * known, fetch the dashboard's data and its chunk (ECharts) beside the shell, instead of one
 * after the other as the pages mount — the office's first figures wait for one round trip.
 */
export async function prefetchDashboard(queryClient: QueryClient) {
  const user = await queryClient.fetchQuery(meQuery).catch(() => null);
  if (!user || user.mustChangePassword || !may(user, 'dashboard.read')) return;
  const thisYear = new Date().getFullYear();
  const year = yearFromSearch(new URLSearchParams(window.location.search).get('year') ?? undefined, thisYear);
  void import('./components/dashboard.tsx').catch(() => undefined);
  await queryClient.prefetchQuery(dashboardQuery(year));
}
