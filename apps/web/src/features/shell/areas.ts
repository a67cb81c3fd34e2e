import { ROLES, type Role } from '@zhaoshang/shared';
import type { MessageKey } from '../../i18n/zh.ts';

/**
 * The product's areas in menu order and who may open each. admin and auditor are kept
 * apart (三权分立): the administrator manages units and people but never reads the audit
 * trail; the auditor reads only the audit trail. What each role may see inside a business
 * area is the server's decision, not the menu's.
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

const BUSINESS_ROLES: readonly Role[] = ['admin', 'office', 'leader', 'unit_manager', 'unit_staff'];
const ORG_READERS: readonly Role[] = ['admin', 'office', 'leader'];
/** Business data is not the administrator's: admin runs the system, the auditor reads the trail. */
const REGISTRY_READERS: readonly Role[] = ['office', 'leader', 'unit_manager', 'unit_staff'];
/** The assessment's set-up and checks belong to the office; leaders read them. */
const LEADERSHIP: readonly Role[] = ['office', 'leader'];

export const AREAS: readonly Area[] = [
  { key: 'home', path: '/', labelKey: 'nav.home', roles: ROLES },
  { key: 'companies', path: '/companies', labelKey: 'nav.companies', roles: REGISTRY_READERS },
  { key: 'leads', path: '/leads', labelKey: 'nav.leads', roles: BUSINESS_ROLES },
  { key: 'filings', path: '/filings', labelKey: 'nav.filings', roles: BUSINESS_ROLES },
  {
    key: 'project-work',
    labelKey: 'nav.projectWork',
    roles: REGISTRY_READERS,
    children: [
      { key: 'projects', path: '/projects', labelKey: 'nav.projects', roles: REGISTRY_READERS },
      { key: 'major-projects', path: '/major-projects', labelKey: 'nav.majorProjects', roles: REGISTRY_READERS },
      { key: 'reviews', path: '/reviews', labelKey: 'nav.reviews', roles: REGISTRY_READERS },
      { key: 'blockers', path: '/blockers', labelKey: 'nav.blockers', roles: REGISTRY_READERS },
      { key: 'meetings', path: '/meetings', labelKey: 'nav.meetings', roles: REGISTRY_READERS },
    ],
  },
  { key: 'events', path: '/events', labelKey: 'nav.events', roles: BUSINESS_ROLES, comingSoon: true },
  { key: 'chains', path: '/chains', labelKey: 'nav.chains', roles: BUSINESS_ROLES, comingSoon: true },
  {
    key: 'assessment',
    labelKey: 'nav.assessment',
    roles: REGISTRY_READERS,
    children: [
      { key: 'bulletins', path: '/bulletins', labelKey: 'nav.bulletins', roles: REGISTRY_READERS },
      { key: 'scheme', path: '/assessment/scheme', labelKey: 'nav.scheme', roles: LEADERSHIP },
      {
        key: 'foreign-capital',
        path: '/assessment/foreign-capital',
        labelKey: 'nav.foreignCapital',
        roles: LEADERSHIP,
      },
      { key: 'data-quality', path: '/data-quality', labelKey: 'nav.dataQuality', roles: LEADERSHIP },
    ],
  },
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
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', roles: ['auditor'] },
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
