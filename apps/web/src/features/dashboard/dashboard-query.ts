import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import { shanghaiDate } from '@zhaoshang/shared';
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
 * known, fetch the dashboard's data and chunks, instead of when the page mounts. The server has already
 * told the browser to fetch both (Link preloads on the page), so the answers are usually there.
 */
export async function prefetchDashboard(queryClient: QueryClient) {
  const user = await queryClient.fetchQuery(meQuery).catch(() => null);
  if (!user || user.mustChangePassword || !may(user, 'dashboard.read')) return;
  // The page's chunk beside the data, not after it. ECharts is only fetched (the page's modulepreload):
  // it is evaluated when the first chart mounts, after the headline figures have painted.
  void import('./components/dashboard.tsx').catch(() => undefined);
  const thisYear = Number(shanghaiDate().slice(0, 4));
  const year = yearFromSearch(new URLSearchParams(window.location.search).get('year') ?? undefined, thisYear);
  await queryClient.prefetchQuery(dashboardQuery(year));
}
