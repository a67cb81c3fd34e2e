import { describe, expect, it } from 'vitest';
import { importFileProblem, templateCsv } from '../../components/import-wizard.tsx';
import { canEditCompanies } from './company-policy.ts';
import { IMPORT_COLUMNS } from './import-template.ts';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

describe('company registry rules', () => {
  it('lets office and unit staff edit, leaders only read', () => {
    expect(canEditCompanies('office')).toBe(true);
    expect(canEditCompanies('unit_manager')).toBe(true);
    expect(canEditCompanies('unit_staff')).toBe(true);
    expect(canEditCompanies('leader')).toBe(false);
    expect(canEditCompanies('admin')).toBe(false);
    expect(canEditCompanies('auditor')).toBe(false);
  });

  it('accepts .xlsx and .csv files up to 20 MB', () => {
    expect(importFileProblem({ name: '企业.XLSX', size: 10 })).toBeNull();
    expect(importFileProblem({ name: 'a.csv', size: MAX_IMPORT_BYTES })).toBeNull();
    expect(importFileProblem({ name: 'a.csv', size: MAX_IMPORT_BYTES + 1 })).toBe('size');
    expect(importFileProblem({ name: 'a.xls', size: 10 })).toBe('type');
    expect(importFileProblem({ name: 'a.csv', size: 0 })).toBe('empty');
  });

  it('builds the CSV template with a BOM and the six columns', () => {
    expect(templateCsv(IMPORT_COLUMNS)).toBe(
      '\uFEFF企业名称,统一社会信用代码,投资方类型,国别地区,行业代码,总部所在地\r\n',
    );
  });
});
