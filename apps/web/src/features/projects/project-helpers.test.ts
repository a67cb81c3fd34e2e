import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../components/api-client.ts';
import { groupThousands, scaledDecimal } from '../../components/figures.ts';
import { describeHistory, fieldChangesOf, formatFieldValue, type ValueNames } from './history-changes.ts';
import { fieldOfIssue, inputOf, issuesOf, type ProjectFormValues } from './project-form-values.ts';
import { formatBytes, isoOf, largeAmount } from './project-format.ts';
import { listParamsOf } from './project-list-state.ts';
import { reasonOf, stageProblemsByStage } from './stage-problems.ts';

describe('amounts and files', () => {
  it('groups thousands without touching the decimals', () => {
    expect(groupThousands('250000')).toBe('250,000');
    expect(groupThousands('38000.5')).toBe('38,000.5');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('12345678901234.1234')).toBe('12,345,678,901,234.1234');
  });

  it('rounds half up when scaling', () => {
    expect(scaledDecimal(2_500_000_000n, 8, 2)).toBe('25');
    expect(scaledDecimal(380_005_000n, 8, 2)).toBe('3.8');
    expect(scaledDecimal(125_000_000n, 8, 1)).toBe('1.3');
  });

  it('names large amounts in 亿元 or billions, nothing below 1 亿元', () => {
    expect(largeAmount('250000', 'zh')).toBe('25 亿元');
    expect(largeAmount('38000.5', 'zh')).toBe('3.8 亿元');
    expect(largeAmount('250000', 'en')).toBe('2.5 billion yuan');
    expect(largeAmount('38000.5', 'en')).toBe('380 million yuan');
    expect(largeAmount('9999.9999', 'zh')).toBeUndefined();
  });

  it('formats sizes and PostgreSQL timestamps', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20.0 MB');
    expect(isoOf('2026-05-01 10:22:33.123456+00')).toBe('2026-05-01T10:22:33.123+00:00');
    expect(isoOf('2026-05-01 10:22:33+08')).toBe('2026-05-01T10:22:33+08:00');
    expect(isoOf('2026-05-01T10:22:33.1Z')).toBe('2026-05-01T10:22:33.1Z');
  });
});

describe('history entries', () => {
  const names: ValueNames = {
    unitName: (id) => ({ 2: '澜城区', 14: '澜江市驻上海招商局' })[id],
    companyName: () => undefined,
    stageLabel: (s) => s,
    statusLabel: (s) => ({ active: '在建', stalled: '停滞' })[s] ?? s,
    investorTypeLabel: (s) => s,
    yes: '是',
    no: '否',
    wan: (a) => `${a} 万元`,
    usdWan: (a) => `${a} 万美元`,
    listSeparator: '、',
  };

  it('lists changed fields in form order and formats their values', () => {
    const fields = fieldChangesOf({
      version: 3,
      fields: { startedOn: [null, '2026-06-01'], agreedYuan: ['2500000000', '3000000000'], name: ['a', 'b'] },
    });
    expect(fields.map((f) => f.field)).toEqual(['name', 'agreedYuan', 'startedOn']);
    expect(formatFieldValue('agreedYuan', '3000000000', names)).toBe('300,000 万元');
    expect(formatFieldValue('sourceUnitIds', [14, 2, 99], names)).toBe('澜江市驻上海招商局、澜城区、#99');
    expect(formatFieldValue('status', 'stalled', names)).toBe('停滞');
    expect(formatFieldValue('fitsPositioning', false, names)).toBe('否');
    expect(formatFieldValue('startedOn', null, names)).toBe('—');
  });

  it('reads every kind the server writes', () => {
    expect(describeHistory('created', { version: 1, stages: { signed: '2026-01-12', started: null } })).toEqual({
      action: 'created',
      stages: [{ stage: 'signed', date: '2026-01-12' }],
    });
    expect(describeHistory('evidence', { removed: { id: 4, stage: 'signed', fileName: '合同.pdf' } })).toEqual({
      action: 'evidenceRemoved',
      stage: 'signed',
      fileName: '合同.pdf',
    });
    expect(
      describeHistory('blocker', {
        raised: { id: 9, category: 'land', description: '用地指标', responsibleUnitId: 2, dueOn: '2026-12-31' },
      }),
    ).toEqual({
      action: 'blockerRaised',
      id: 9,
      category: 'land',
      description: '用地指标',
      responsibleUnitId: 2,
      dueOn: '2026-12-31',
    });
    expect(describeHistory('import', { file: 'a.xlsx', row: 5 })).toEqual({ action: 'import', file: 'a.xlsx', row: 5 });
    expect(describeHistory('merge', {})).toEqual({ action: 'unknown', kind: 'merge' });
  });
});

describe('stage date problems', () => {
  const today = '2026-11-29';
  it('names the reason of each problem of the shared rule', () => {
    const dates = { signed: '2026-03-01', ready: '2026-05-01', started: '2026-04-01', completed: '2026-12-01' };
    const problems = stageProblemsByStage(dates, today);
    expect([...problems.keys()]).toEqual(['completed']);
    expect(reasonOf(problems.get('completed')!, dates, today)).toEqual({ reason: 'future', date: '2026-12-01' });
    const ordered = { signed: '2026-03-01', ready: '2026-05-01', started: '2026-04-01' };
    expect(reasonOf(stageProblemsByStage(ordered, today).get('started')!, ordered, today)).toEqual({
      reason: 'beforeStage',
      date: '2026-04-01',
      other: 'ready',
      otherDate: '2026-05-01',
    });
    const unsigned = { contracted: '2026-03-01' };
    expect(reasonOf(stageProblemsByStage(unsigned, today).get('contracted')!, unsigned, today)).toEqual({
      reason: 'notSigned',
    });
    const early = { signed: '2026-03-01', ready: '2026-02-01' };
    expect(reasonOf(stageProblemsByStage(early, today).get('ready')!, early, today)).toEqual({
      reason: 'beforeStage',
      date: '2026-02-01',
      other: 'signed',
      otherDate: '2026-03-01',
    });
  });
});

describe('the project form', () => {
  it('maps server issue paths onto form fields', () => {
    expect(fieldOfIssue('stages.started')).toEqual(['stages', 'started']);
    expect(fieldOfIssue('statusReason')).toBe('statusReason');
    expect(fieldOfIssue('sourceUnitIds.0')).toBe('sourceUnitIds');
    expect(fieldOfIssue('body.hostUnitId')).toBe('hostUnitId');
    expect(fieldOfIssue('stages.tomorrow')).toBeUndefined();
    expect(fieldOfIssue('expansionOf')).toBeUndefined();
  });

  it('reads issues of both validation codes only', () => {
    const issue = { path: 'stages.started', message: '开工日期晚于今天' };
    expect(issuesOf(new ApiError(400, 'STAGE_DATES_INVALID', 'x', { issues: [issue] }))).toEqual([issue]);
    expect(issuesOf(new ApiError(400, 'VALIDATION_FAILED', 'x', { issues: [issue, { path: 1 }] }))).toEqual([issue]);
    expect(issuesOf(new ApiError(409, 'CONFLICT_VERSION', 'x', { issues: [issue] }))).toEqual([]);
  });

  it('sends amounts as trimmed strings, blanks as null, dates as calendar dates', () => {
    const values: ProjectFormValues = {
      name: ' 光学镜头基地 ',
      companyId: undefined,
      hostUnitId: 2,
      sourceUnitIds: [2, 14],
      chain: '  ',
      fitsPositioning: true,
      agreedWan: ' 38000.5 ',
      investedWan: '',
      foreignUsdWan: '1200',
      expectedJobs: null,
      status: 'active',
      statusReason: ' ',
      stages: { signed: dayjs('2026-03-08'), contracted: null },
    };
    const body = inputOf(values, { expansionOf: null, filingId: 12 });
    expect(body).toMatchObject({
      name: '光学镜头基地',
      companyId: null,
      chain: null,
      agreedWan: '38000.5',
      investedWan: '0',
      foreignUsdWan: '1200',
      expectedTaxWan: null,
      statusReason: null,
      filingId: 12,
    });
    expect(body.stages).toEqual({
      signed: '2026-03-08',
      contracted: null,
      registered: null,
      ready: null,
      started: null,
      completed: null,
      producing: null,
    });
  });

  it('reads the list query from the URL with safe defaults', () => {
    expect(listParamsOf({ stage: 'signed', sort: 'agreed', desc: 'false', page: '2' })).toEqual({
      stage: 'signed',
      sort: 'agreed',
      desc: 'false',
      page: 2,
      pageSize: 20,
    });
    expect(listParamsOf({ sort: 'drop table', page: '-1', pageSize: '9999' })).toEqual({
      sort: undefined,
      desc: undefined,
      page: 1,
      pageSize: 20,
    });
  });
});
