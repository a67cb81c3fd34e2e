import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { applyFieldErrors, describeError } from './api-errors.ts';

const t = (key: string, vars?: Record<string, string | number>) => `${key}:${JSON.stringify(vars ?? {})}`;

function fakeForm() {
  const calls: { name: string; errors: string[] }[][] = [];
  const form = { setFields: (fields: { name: string; errors: string[] }[]) => calls.push(fields) };
  return { form: form as unknown as FormInstance, calls };
}

describe('describeError', () => {
  it('shows the server message, and the error id of a 5xx', () => {
    expect(describeError(new ApiError(409, 'DUPLICATE', '已存在同名记录'), t)).toBe('已存在同名记录');
    expect(describeError(new ApiError(500, 'INTERNAL', '系统内部错误', { requestId: 'req-7' }), t)).toBe(
      '系统内部错误 error.requestId:{"id":"req-7"}',
    );
  });

  it('never shows the text of an unexpected error', () => {
    expect(describeError(new Error('TypeError at Object.<anonymous> (app.js:1:2)'), t)).toBe('error.unexpected:{}');
  });
});

describe('applyFieldErrors', () => {
  const error = new ApiError(400, 'VALIDATION_FAILED', '提交的内容有误', {
    issues: [
      { path: 'name', message: '不能为空' },
      { path: 'body.divisionCode', message: '应为 6 位数字' },
      { path: 'startDate', message: '日期无效' },
      { path: '', message: '结束日期不能早于开始日期' },
    ],
  });

  it('puts issues on the matching fields and returns the rest', () => {
    const { form, calls } = fakeForm();
    const rest = applyFieldErrors(form, error, ['name', 'divisionCode', 'period'], { startDate: 'period' });
    expect(calls).toEqual([
      [
        { name: 'name', errors: ['不能为空'] },
        { name: 'divisionCode', errors: ['应为 6 位数字'] },
        { name: 'period', errors: ['日期无效'] },
      ],
    ]);
    expect(rest).toEqual([{ path: '', message: '结束日期不能早于开始日期' }]);
  });

  it('ignores errors that are not validation failures', () => {
    const { form, calls } = fakeForm();
    expect(applyFieldErrors(form, new ApiError(409, 'DUPLICATE', 'x'), ['name'])).toEqual([]);
    expect(calls).toEqual([[]]);
  });
});
