// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeApi, renderWithApp } from '../test/render-with-app.tsx';
import { type ImportReport, ImportWizard, importFileProblem, templateCsv } from './import-wizard.tsx';

describe('import files', () => {
  it('refuses other types, empty files and files over 20 MB before sending', () => {
    expect(importFileProblem({ name: '线索.XLSX', size: 10 })).toBeNull();
    expect(importFileProblem({ name: 'leads.csv', size: 20 * 1024 * 1024 })).toBeNull();
    expect(importFileProblem({ name: 'leads.xls', size: 10 })).toBe('type');
    expect(importFileProblem({ name: 'leads.csv', size: 0 })).toBe('empty');
    expect(importFileProblem({ name: 'leads.csv', size: 20 * 1024 * 1024 + 1 })).toBe('size');
  });

  it('writes a header-only template Excel reads as UTF-8', () => {
    expect(templateCsv(['企业名称', '报送单位'])).toBe('\uFEFF企业名称,报送单位\r\n');
  });
});

const report = (over: Partial<ImportReport>): ImportReport => ({
  dryRun: true,
  rows: 2,
  created: 2,
  updated: 0,
  unchanged: 0,
  errors: [],
  ...over,
});

function choose(name: string) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['企业名称\n澜江丝绸'], name, { type: 'text/csv' })] } });
}

describe('ImportWizard', () => {
  it('checks the file first and offers the real import only when it has no errors', async () => {
    const paths: string[] = [];
    let clean = false;
    const answer: FakeApi = ({ method, path }) => {
      if (method !== 'POST' || !path.startsWith('/imports/leads')) return undefined;
      paths.push(path);
      if (path.endsWith('dryRun=true'))
        return {
          status: 200,
          body: clean
            ? report({})
            : report({ errors: [{ row: 3, column: '报送单位', reason: '没有名为“北区”的单位' }] }),
        };
      return { status: 200, body: report({ dryRun: false }) };
    };
    const imported: ImportReport[] = [];
    renderWithApp(
      <ImportWizard
        open
        onClose={() => {}}
        title="导入线索"
        endpoint="/imports/leads"
        templateColumns={['企业名称']}
        templateFileName="线索导入模板.csv"
        readyText="检查通过，确认后写入线索"
        onImported={(r) => imported.push(r)}
      />,
      { answer },
    );
    choose('leads.csv');
    fireEvent.click(screen.getByRole('button', { name: '试导入' }));
    expect(await screen.findByText('发现 1 处错误')).toBeTruthy();
    expect(screen.getByText('没有名为“北区”的单位')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '确认导入' })).toBeNull();

    clean = true;
    fireEvent.click(screen.getByRole('button', { name: '重新选择文件' }));
    choose('leads-fixed.csv');
    fireEvent.click(screen.getByRole('button', { name: '试导入' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认导入' }));
    expect(await screen.findByText('导入完成')).toBeTruthy();
    await waitFor(() => expect(imported).toHaveLength(1));
    expect(paths).toEqual(['/imports/leads?dryRun=true', '/imports/leads?dryRun=true', '/imports/leads?dryRun=false']);
  });

  it('says why a file is refused without sending it', async () => {
    const { requests } = renderWithApp(
      <ImportWizard
        open
        onClose={() => {}}
        title="导入项目"
        endpoint="/imports/projects"
        templateColumns={['项目名称']}
        templateFileName="项目导入模板.csv"
      />,
    );
    choose('projects.xls');
    expect(await screen.findByText('“projects.xls”不是 .xlsx 或 .csv 文件')).toBeTruthy();
    expect(requests).toEqual([]);
  });
});
