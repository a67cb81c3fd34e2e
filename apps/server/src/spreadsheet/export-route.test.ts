import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestEnv, login, type Session, type TestEnv } from '../../test/factories.ts';
import { XLSX_TYPE } from '../http/responses.ts';

/*
 * Every download the API document declares (an xlsx or PDF answer, no path parameter) names its
 * file in the reader's language with the extension the file has: a file saved without one does
 * not open on a clerk's double-click.
 */

let env: TestEnv;
let office: Session;
let auditor: Session;
beforeAll(async () => {
  env = await createTestEnv();
  office = await login(env.app, (await buildUser(env.database, { role: 'office' })).username);
  auditor = await login(env.app, (await buildUser(env.database, { role: 'auditor' })).username);
});
afterAll(() => env.close());

type Operation = {
  parameters?: { in: string; required?: boolean }[];
  responses?: Record<string, { content?: object }>;
};

const downloadName = (disposition: string) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '');

describe('every export', () => {
  it('names its file with its extension, in Chinese and in English', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const downloads = Object.entries(doc.paths).flatMap(([path, ops]) => {
      const types = Object.keys(ops.get?.responses?.['200']?.content ?? {});
      const extension = types.includes(XLSX_TYPE) ? 'xlsx' : types.includes('application/pdf') ? 'pdf' : null;
      const needsMore = (ops.get?.parameters ?? []).some((p) => p.in === 'path' || p.required);
      return extension && !needsMore ? [{ path, extension }] : [];
    });
    const named: string[] = [];
    for (const { path, extension } of downloads) {
      for (const lang of ['zh-CN', 'en']) {
        const res = await env.app.inject({
          method: 'GET',
          url: path,
          // The audit trail is the auditor's alone.
          headers: { cookie: (path.startsWith('/api/v1/audit') ? auditor : office).cookie, 'accept-language': lang },
        });
        expect(res.statusCode, path).toBe(200);
        const name = downloadName(String(res.headers['content-disposition']));
        expect(name.endsWith(`.${extension}`), `${path} ${lang}: ${name}`).toBe(true);
        expect(String(res.headers['content-type'])).toBe(extension === 'pdf' ? 'application/pdf' : XLSX_TYPE);
        named.push(name);
      }
    }
    expect(named.length).toBe(downloads.length * 2);
    expect(named.filter((n) => n.endsWith('.xlsx')).length).toBe(30);
    expect(named).toContain('驻点招商走访记录.xlsx');
    expect(named).toContain('visits.xlsx');
    expect(named).toContain('推介项目库.pdf');
  }, 120_000);
});
