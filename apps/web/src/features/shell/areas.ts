import { ROLES, type Role } from '@zhaoshang/shared';
import { rolesFor } from '../../components/policy.ts';
import type { MessageKey } from '../../i18n/zh.ts';

/**
 * The product's areas in menu order and who may open each. admin and auditor are kept
 * apart (三权分立): the administrator manages units and people but never reads the audit
 * trail; the auditor reads only the audit trail. An area that opens on a list shows to the
 * roles the policy table lets read that list (what the server enforces); what each role may do
 * inside is the server's decision too, read by the pages from the same table.
 */
export type Area = {
  key: string;
  labelKey: MessageKey;
  roles: readonly Role[];
  path?: string;
  /** Planned but not built: marked in the menu and opening a placeholder. */
  comingSoon?: boolean;
  children?: readonly Area[];
};

/** The organisation pages: people who run it or oversee it (units read their own in passing). */
const ORG_READERS: readonly Role[] = ['admin', 'office', 'leader'];
const PROJECT_READERS = rolesFor('project.list');
/** The assessment's set-up is read with the KPI; its data checks with the dashboard. */
const KPI_READERS = rolesFor('kpi.read');

export const AREAS: readonly Area[] = [
  { key: 'home', path: '/', labelKey: 'nav.home', roles: ROLES },
  { key: 'companies', path: '/companies', labelKey: 'nav.companies', roles: rolesFor('company.read') },
  { key: 'leads', path: '/leads', labelKey: 'nav.leads', roles: rolesFor('lead.list') },
  { key: 'filings', path: '/filings', labelKey: 'nav.filings', roles: rolesFor('filing.list') },
  {
    key: 'project-work',
    labelKey: 'nav.projectWork',
    roles: PROJECT_READERS,
    children: [
      { key: 'projects', path: '/projects', labelKey: 'nav.projects', roles: PROJECT_READERS },
      { key: 'major-projects', path: '/major-projects', labelKey: 'nav.majorProjects', roles: PROJECT_READERS },
      { key: 'reviews', path: '/reviews', labelKey: 'nav.reviews', roles: PROJECT_READERS },
      { key: 'blockers', path: '/blockers', labelKey: 'nav.blockers', roles: PROJECT_READERS },
      { key: 'meetings', path: '/meetings', labelKey: 'nav.meetings', roles: PROJECT_READERS },
      { key: 'gate-reviews', path: '/gate-reviews', labelKey: 'nav.gateReviews', roles: rolesFor('gate.read') },
      {
        key: 'intake-criteria',
        path: '/intake-criteria',
        labelKey: 'nav.intakeCriteria',
        roles: rolesFor('gate.read'),
      },
    ],
  },
  { key: 'events', path: '/events', labelKey: 'nav.events', roles: rolesFor('event.read') },
  { key: 'chains', path: '/chains', labelKey: 'nav.chains', roles: rolesFor('chain.read') },
  {
    key: 'innovation',
    labelKey: 'nav.innovation',
    roles: rolesFor('carrier.read'),
    children: [
      { key: 'carriers', path: '/innovation/carriers', labelKey: 'nav.carriers', roles: rolesFor('carrier.read') },
      { key: 'iur', path: '/innovation/iur', labelKey: 'nav.iur', roles: rolesFor('iur.read') },
    ],
  },
  { key: 'capital', path: '/capital', labelKey: 'nav.capital', roles: rolesFor('capital.read') },
  {
    key: 'resources',
    labelKey: 'nav.resources',
    roles: rolesFor('catalogue.read'),
    children: [
      { key: 'catalogue', path: '/catalogue', labelKey: 'nav.catalogue', roles: rolesFor('catalogue.read') },
      { key: 'sites', path: '/sites', labelKey: 'nav.sites', roles: rolesFor('site.read') },
    ],
  },
  {
    key: 'assessment',
    labelKey: 'nav.assessment',
    roles: rolesFor('bulletin.list'),
    children: [
      { key: 'bulletins', path: '/bulletins', labelKey: 'nav.bulletins', roles: rolesFor('bulletin.list') },
      { key: 'visits', path: '/assessment/visits', labelKey: 'nav.visits', roles: rolesFor('visit.read') },
      { key: 'scheme', path: '/assessment/scheme', labelKey: 'nav.scheme', roles: KPI_READERS },
      {
        key: 'foreign-capital',
        path: '/assessment/foreign-capital',
        labelKey: 'nav.foreignCapital',
        roles: KPI_READERS,
      },
      { key: 'data-quality', path: '/data-quality', labelKey: 'nav.dataQuality', roles: rolesFor('dashboard.read') },
    ],
  },
  {
    key: 'oversight',
    labelKey: 'nav.oversight',
    roles: rolesFor('notice.read'),
    children: [
      { key: 'notices', path: '/notices', labelKey: 'nav.notices', roles: rolesFor('notice.read') },
      { key: 'inspections', path: '/inspections', labelKey: 'nav.inspections', roles: rolesFor('inspection.read') },
      { key: 'leaders', path: '/leaders', labelKey: 'nav.leaders', roles: rolesFor('leaderLink.read') },
    ],
  },
  { key: 'rotations', path: '/rotations', labelKey: 'nav.rotations', roles: rolesFor('rotation.read') },
  {
    key: 'org',
    labelKey: 'nav.org',
    roles: ORG_READERS,
    children: [
      { key: 'org-units', path: '/org/units', labelKey: 'nav.orgUnits', roles: ORG_READERS },
      { key: 'org-users', path: '/org/users', labelKey: 'nav.orgUsers', roles: ORG_READERS },
      { key: 'org-calendar', path: '/org/calendar', labelKey: 'nav.orgCalendar', roles: ORG_READERS },
    ],
  },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', roles: rolesFor('audit.read') },
];

export function canOpen(area: Area, role: Role): boolean {
  return area.roles.includes(role);
}

/** The areas a role sees, children filtered too; groups left empty disappear. */
export function visibleAreas(role: Role, areas: readonly Area[] = AREAS): Area[] {
  return areas
    .filter((area) => canOpen(area, role))
    .map((area) => (area.children ? { ...area, children: visibleAreas(role, area.children) } : area))
    .filter((area) => !area.children || area.children.length > 0);
}

function flatten(areas: readonly Area[]): Area[] {
  return areas.flatMap((area) => [area, ...flatten(area.children ?? [])]);
}

/** The area a path belongs to (the longest matching path), or undefined for unknown paths. */
export function areaForPath(pathname: string): Area | undefined {
  return flatten(AREAS)
    .filter(
      (area) => area.path && (pathname === area.path || (area.path !== '/' && pathname.startsWith(`${area.path}/`))),
    )
    .sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0))[0];
}

/**
 * What the home page says is in a role's menu: the areas it opens, then those still planned,
 * as top-level menu labels (never an area the role cannot open, such as leads for the admin).
 */
export function menuSummary(role: Role): { open: MessageKey[]; planned: MessageKey[] } {
  const top = visibleAreas(role).filter((area) => area.key !== 'home');
  return {
    open: top.filter((area) => !area.comingSoon).map((area) => area.labelKey),
    planned: top.filter((area) => area.comingSoon).map((area) => area.labelKey),
  };
}
