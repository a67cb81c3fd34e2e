import { describe, expect, it } from 'vitest';
import { areaForPath, menuSummary, visibleAreas } from './areas.ts';

const keys = (role: Parameters<typeof visibleAreas>[0]) =>
  visibleAreas(role).flatMap((area) => [area.key, ...(area.children ?? []).map((child) => child.key)]);

describe('menu per role', () => {
  it('gives the auditor the dashboard and the audit trail only', () => {
    expect(keys('auditor')).toEqual(['home', 'audit']);
  });

  it('shows office staff and leaders every business area and the organisation, the admin only the organisation, never the audit trail', () => {
    const projectWork = [
      'project-work',
      'projects',
      'major-projects',
      'reviews',
      'blockers',
      'meetings',
      'gate-reviews',
      'intake-criteria',
    ];
    const ledgers = ['innovation', 'carriers', 'iur', 'capital'];
    const resources = ['resources', 'catalogue', 'sites'];
    const assessment = ['assessment', 'bulletins', 'visits', 'scheme', 'foreign-capital', 'data-quality'];
    const oversight = ['oversight', 'notices', 'inspections', 'leaders'];
    for (const role of ['office', 'leader'] as const) {
      expect(keys(role)).toEqual([
        'home',
        'companies',
        'leads',
        'filings',
        ...projectWork,
        'events',
        'chains',
        ...ledgers,
        ...resources,
        ...assessment,
        ...oversight,
        'rotations',
        'org',
        'org-units',
        'org-users',
        'org-calendar',
      ]);
    }
    // The administrator runs the system, not the business data: no registry, leads, filings, projects, events, chains or assessment.
    expect(keys('admin')).toEqual(['home', 'org', 'org-units', 'org-users', 'org-calendar']);
    // Units see their projects and the published bulletins, not the assessment's set-up.
    expect(keys('unit_staff')).toEqual([
      'home',
      'companies',
      'leads',
      'filings',
      ...projectWork,
      'events',
      'chains',
      ...ledgers,
      ...resources,
      'assessment',
      'bulletins',
      'visits',
      'oversight',
      'notices',
      'inspections',
    ]);
  });

  it('shows the company registry to business roles only', () => {
    for (const role of ['office', 'leader', 'unit_manager', 'unit_staff'] as const) {
      expect(keys(role)[1]).toBe('companies');
    }
    expect(keys('admin')).not.toContain('companies');
    expect(keys('auditor')).not.toContain('companies');
  });

  it('shows unit roles their business areas without the organisation or audit', () => {
    for (const role of ['unit_manager', 'unit_staff'] as const) {
      expect(keys(role)).not.toContain('org');
      expect(keys(role)).not.toContain('audit');
      expect(keys(role)).toContain('leads');
    }
  });
});

describe('areaForPath', () => {
  it('finds the most specific area', () => {
    expect(areaForPath('/org/users')?.key).toBe('org-users');
    expect(areaForPath('/audit')?.key).toBe('audit');
    expect(areaForPath('/companies/import')?.key).toBe('companies');
    expect(areaForPath('/')?.key).toBe('home');
    expect(areaForPath('/nowhere')).toBeUndefined();
  });
});

describe('menuSummary', () => {
  it('tells each role only what its menu opens: the admin hears of no leads, filings, events or chains', () => {
    expect(menuSummary('admin')).toEqual({ open: ['nav.org'], planned: [] });
    expect(menuSummary('auditor')).toEqual({ open: ['nav.audit'], planned: [] });
    expect(menuSummary('unit_staff').open).toEqual([
      'nav.companies',
      'nav.leads',
      'nav.filings',
      'nav.projectWork',
      'nav.events',
      'nav.chains',
      'nav.innovation',
      'nav.capital',
      'nav.resources',
      'nav.assessment',
      'nav.oversight',
    ]);
  });
});
