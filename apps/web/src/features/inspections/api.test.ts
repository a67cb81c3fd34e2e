import { describe, expect, it } from 'vitest';
import { inspectionsExportHref } from './api.ts';

describe('inspections export link', () => {
  it('carries the list filter', () => {
    expect(inspectionsExportHref({})).toBe('/api/v1/exports/inspections');
    expect(inspectionsExportHref({ unitId: 4, state: 'overdue' })).toBe(
      '/api/v1/exports/inspections?unitId=4&state=overdue',
    );
  });
});
