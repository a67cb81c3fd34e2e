import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { setApiHandlers } from './components/api-client.ts';
import { FullPageSpinner } from './components/full-page-spinner.tsx';
import { RouteErrorPage } from './components/route-error-page.tsx';
import { forgetSession, meQuery, meQueryKey } from './features/auth/api.ts';
import { queryClient } from './query-client.ts';

/** Every page is its own chunk; the login page loads nothing of the app shell. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return Object.assign(
    lazy(() => load().then((module) => ({ default: module[name] }))),
    { preload: () => void load().catch(() => undefined) },
  );
}

const LoginPage = lazyPage(() => import('./pages/login/login-page.tsx'), 'LoginPage');
const ChangePasswordPage = lazyPage(
  () => import('./pages/change-password/change-password-page.tsx'),
  'ChangePasswordPage',
);
const AppShell = lazyPage(() => import('./features/shell/components/app-shell.tsx'), 'AppShell');
const HomePage = lazyPage(() => import('./pages/home/home-page.tsx'), 'HomePage');
const CompaniesPage = lazyPage(() => import('./pages/companies/companies-page.tsx'), 'CompaniesPage');
const LeadsPage = lazyPage(() => import('./pages/leads/leads-page.tsx'), 'LeadsPage');
const FilingsPage = lazyPage(() => import('./pages/filings/filings-page.tsx'), 'FilingsPage');
const ProjectsPage = lazyPage(() => import('./pages/projects/projects-page.tsx'), 'ProjectsPage');
const ProjectPage = lazyPage(() => import('./pages/projects/project-page.tsx'), 'ProjectPage');
const LeadersPage = lazyPage(() => import('./pages/leaders/leaders-page.tsx'), 'LeadersPage');
const NoticesPage = lazyPage(() => import('./pages/notices/notices-page.tsx'), 'NoticesPage');
const InspectionsPage = lazyPage(() => import('./pages/inspections/inspections-page.tsx'), 'InspectionsPage');
const RotationsPage = lazyPage(() => import('./pages/rotations/rotations-page.tsx'), 'RotationsPage');
const ReviewsPage = lazyPage(() => import('./pages/reviews/reviews-page.tsx'), 'ReviewsPage');
const BlockersPage = lazyPage(() => import('./pages/blockers/blockers-page.tsx'), 'BlockersPage');
const MeetingsPage = lazyPage(() => import('./pages/meetings/meetings-page.tsx'), 'MeetingsPage');
const GateReviewsPage = lazyPage(() => import('./pages/quality-gate/gate-reviews-page.tsx'), 'GateReviewsPage');
const IntakeCriteriaPage = lazyPage(
  () => import('./pages/quality-gate/intake-criteria-page.tsx'),
  'IntakeCriteriaPage',
);
const SchemePage = lazyPage(() => import('./pages/assessment/scheme/scheme-page.tsx'), 'SchemePage');
const ForeignCapitalPage = lazyPage(
  () => import('./pages/assessment/foreign-capital/foreign-capital-page.tsx'),
  'ForeignCapitalPage',
);
const VisitsPage = lazyPage(() => import('./pages/visits/visits-page.tsx'), 'VisitsPage');
const DataQualityPage = lazyPage(() => import('./pages/data-quality/data-quality-page.tsx'), 'DataQualityPage');
const MajorProjectsPage = lazyPage(() => import('./pages/major-projects/major-projects-page.tsx'), 'MajorProjectsPage');
const EventsPage = lazyPage(() => import('./pages/events/events-page.tsx'), 'EventsPage');
const CarriersPage = lazyPage(() => import('./pages/innovation/innovation-pages.tsx'), 'CarriersPage');
const IurPage = lazyPage(() => import('./pages/innovation/innovation-pages.tsx'), 'IurPage');
const CapitalPage = lazyPage(() => import('./pages/innovation/innovation-pages.tsx'), 'CapitalPage');
const CataloguePage = lazyPage(() => import('./pages/catalogue/catalogue-page.tsx'), 'CataloguePage');
const SitesPage = lazyPage(() => import('./pages/sites/sites-page.tsx'), 'SitesPage');
const ChainsPage = lazyPage(() => import('./pages/chains/chains-page.tsx'), 'ChainsPage');
const BulletinsPage = lazyPage(() => import('./pages/bulletins/bulletins-page.tsx'), 'BulletinsPage');
const UnitsPage = lazyPage(() => import('./pages/org/units/units-page.tsx'), 'UnitsPage');
const UsersPage = lazyPage(() => import('./pages/org/users/users-page.tsx'), 'UsersPage');
const CalendarPage = lazyPage(() => import('./pages/org/calendar/calendar-page.tsx'), 'CalendarPage');
const AuditPage = lazyPage(() => import('./pages/audit/audit-page.tsx'), 'AuditPage');
const NotFoundPage = lazyPage(() => import('./pages/not-found/not-found-page.tsx'), 'NotFoundPage');

function standalone(page: ReactNode) {
  return <Suspense fallback={<FullPageSpinner />}>{page}</Suspense>;
}

export const router = createBrowserRouter([
  { path: '/login', element: standalone(<LoginPage />), errorElement: <RouteErrorPage /> },
  { path: '/change-password', element: standalone(<ChangePasswordPage />), errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: standalone(<AppShell />),
    errorElement: <RouteErrorPage />,
    children: [
      {
        // A failing page shows its error inside the shell, so the menu stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'companies', element: <CompaniesPage /> },
          { path: 'leads', element: <LeadsPage /> },
          { path: 'filings', element: <FilingsPage /> },
          { path: 'projects', element: <ProjectsPage /> },
          { path: 'projects/:id', element: <ProjectPage /> },
          { path: 'major-projects', element: <MajorProjectsPage /> },
          { path: 'reviews', element: <ReviewsPage /> },
          { path: 'reviews/:id', element: <ReviewsPage /> },
          { path: 'blockers', element: <BlockersPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/:id', element: <MeetingsPage /> },
          { path: 'assessment/scheme', element: <SchemePage /> },
          { path: 'assessment/foreign-capital', element: <ForeignCapitalPage /> },
          { path: 'assessment/visits', element: <VisitsPage /> },
          { path: 'data-quality', element: <DataQualityPage /> },
          { path: 'bulletins/:id', element: <BulletinsPage /> },
          { path: 'events', element: <EventsPage /> },
          { path: 'events/:id', element: <EventsPage /> },
          { path: 'chains', element: <ChainsPage /> },
          { path: 'innovation/carriers', element: <CarriersPage /> },
          { path: 'innovation/iur', element: <IurPage /> },
          { path: 'capital', element: <CapitalPage /> },
          { path: 'catalogue', element: <CataloguePage /> },
          { path: 'sites', element: <SitesPage /> },
          { path: 'bulletins', element: <BulletinsPage /> },
          { path: 'gate-reviews', element: <GateReviewsPage /> },
          { path: 'intake-criteria', element: <IntakeCriteriaPage /> },
          { path: 'notices', element: <NoticesPage /> },
          { path: 'notices/:id', element: <NoticesPage /> },
          { path: 'inspections', element: <InspectionsPage /> },
          { path: 'rotations', element: <RotationsPage /> },
          { path: 'leaders', element: <LeadersPage /> },
          { path: 'leaders/:id', element: <LeadersPage /> },
          { path: 'org/units', element: <UnitsPage /> },
          { path: 'org/users', element: <UsersPage /> },
          { path: 'org/calendar', element: <CalendarPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

void queryClient.prefetchQuery(meQuery);

// Opened at a page of the app (a bookmark, a reload): fetch the shell and the page beside the
// session probe rather than after it; at / also the dashboard's chunks and data once the session is known.
if (!['/login', '/change-password'].includes(window.location.pathname)) {
  AppShell.preload();
  if (window.location.pathname === '/') {
    HomePage.preload();
    void import('./features/dashboard/dashboard-query.ts').then((m) => m.prefetchDashboard(queryClient));
  }
}

// On the first key press or click (someone starts logging in), fetch the shell and the
// dashboard in the background, so the step after login does not wait for them while the
// login page itself loads only what it shows.
const preloadShell = () => {
  AppShell.preload();
  HomePage.preload();
};
for (const event of ['keydown', 'pointerdown'] as const)
  window.addEventListener(event, preloadShell, { once: true, passive: true });

setApiHandlers({
  onUnauthenticated: () => {
    // The session ended (timeout, logout elsewhere): forget it and ask for a login.
    forgetSession(queryClient);
    const { pathname, search } = router.state.location;
    if (pathname !== '/login')
      void router.navigate('/login', { replace: true, state: { from: `${pathname}${search}` } });
  },
  onPasswordChangeRequired: () => {
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
    if (router.state.location.pathname !== '/change-password') void router.navigate('/change-password');
  },
});
